/// What the web page itself says: its buttons, headings and errors. The advice is the dialogue's and the
/// notices are `EnglishCatalogue`'s; only the words a terminal has no need of live here, in one place.
enum WebPhrases {
    static let continueButton = "Continue"
    static let skipLink = "Skip to main content"
    static let exitThisPage = "Exit this page"
    static let exitHint = "To leave this page quickly, select Exit this page or press the Shift key 3 times."
    static let emergencyHeading = "In an emergency"
    static let otherThingsHeading = "Other things you can do"
    static let back = "Back"
    static let yourAnswers = "Your answers"
    static let yourPlanSoFar = "Your plan so far"
    static let startAgain = "Start again"
    static let change = "Change"
    static let noAnswersYet = "You have not answered any questions yet."
    static let backToQuestions = "Back to the questions"
    static let downloadPlan = "Download your plan"
    static let includeAddresses = "Include the web addresses you gave"
    static let printHint = "You can also print this page: only the plan and the support list are printed."
    static let errorSummaryTitle = "There is a problem"
    static let chooseAnAnswer = "Select one answer"
    static let addressesNotAccepted = "Check the web addresses"
    static let privacy = "Nothing you enter is kept on this website: your answers travel only in this page."
    static let planFileName = "signpost-plan.txt"

    static func changeLabel(_ question: String) -> String { "the answer to: \(question)" }

    /// Why the adult is back at the start when their page could not be used.
    static func startedAgain(_ reason: ConversationTrail.Unusable) -> String {
        switch reason {
        case .stale: "This guide has been updated since your last page, so it has started again. Sorry for the trouble."
        case .unreadable, .tooLarge: "Your earlier answers could not be read, so the guide has started again. Sorry for the trouble."
        }
    }

    struct Problem {
        let title: String
        let body: String
    }

    static let notFound = Problem(
        title: "Page not found", body: "There is no page at this address. You can start again from the beginning.")
    static let badRequest = Problem(
        title: "Sorry, that did not work",
        body: "The form that was sent could not be read. You can start again from the beginning.")
    static let tooLarge = Problem(
        title: "That was too much to send",
        body: "What was sent is larger than this guide accepts (64 KB). Try sending fewer web addresses at a time, or start again.")
    static let notAllowed = Problem(
        title: "Sorry, that did not work",
        body: "This page only answers a form from the guide itself. You can start again from the beginning.")
    static let serverError = Problem(
        title: "Sorry, there is a problem with this guide",
        body: "Something went wrong on our side. You can start again from the beginning.")
}
