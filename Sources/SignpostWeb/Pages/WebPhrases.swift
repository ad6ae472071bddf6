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
    static let includeAnswers = "Include your answers to the questions"
    static let downloadLegend = "What to put in the file"
    static let downloadHint = "The file has your plan and where to get support. Anyone who opens it can read it."
    static let keepYourPlan = "Keep your plan"
    static let endHeading = "What to do now"
    static let endTitle = "Your action plan"
    static let moreAdviceHeading = "More about what to do"
    static let adviceHeading = "Before you go on"
    static let adviceTitle = "Advice"
    static let urgentTitle = "Urgent help"
    static let confirmChangeTitle = "Check before you change this answer"
    static let confirmChangeButton = "Change my answer"
    static let keepEarlierAnswer = "Keep my earlier answer"
    static let webAddressesGiven = "Web addresses you gave"
    static let changeKeepsLaterAnswers =
        "You are changing an answer. Your later answers that still apply will be kept. If any would be removed, you will be told which before anything changes."
    static let tooManyEntries =
        "This page cannot hold any more web addresses. The ones not yet saved are still in the box: keep a copy of them somewhere safe, or give the most important ones."
    static let privacyTitle = "Privacy notice"
    static let accessibilityTitle = "Accessibility statement"

    static func questionTitle(number: Int) -> String { "Question \(number)" }

    static func confirmChangeLead(_ label: String) -> String {
        "If you change your answer to \u{201C}\(label)\u{201D}, these answers will no longer apply and will be removed:"
    }

    static func entryCount(_ count: Int) -> String { count == 1 ? "1 web address" : "\(count) web addresses" }
    static let printHint = "You can also print this page: only the plan and the support list are printed."
    static let errorSummaryTitle = "There is a problem"
    static let chooseAnAnswer = "Select one answer"
    static let addressesNotAccepted = "Check the web addresses"
    static let privacy =
        "Nothing you enter is kept on this website. Your answers travel scrambled in this page's address, which stops working after 2 hours."
    static let planFileName = "signpost-plan.txt"

    static func changeLabel(_ question: String) -> String { "the answer to: \(question)" }

    /// Why the adult is back at the start when their page could not be used.
    static func startedAgain(_ reason: StateSeal.Unusable) -> String {
        switch reason {
        case .stale: "This guide has been updated since your last page, so it has started again. Sorry for the trouble."
        case .expired:
            "For your privacy, a page of this guide only works for 2 hours, so it has started again. Sorry for the trouble."
        case .unreadable, .tooLarge:
            "Your earlier answers could not be read, so the guide has started again. Sorry for the trouble."
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
        body:
            "What was sent is larger than this guide accepts (96 KB). Go back, send fewer web addresses at a time, and try again."
    )
    static let notAllowed = Problem(
        title: "Sorry, that did not work",
        body: "This page only answers a form from the guide itself. You can start again from the beginning.")
    static let tooSlow = Problem(
        title: "Sorry, that took too long",
        body: "The form took too long to arrive. Check your connection, then go back and try again, or start again.")
    static let fromElsewhere = Problem(
        title: "Sorry, that did not work",
        body: "This guide only answers forms sent from its own pages. You can start again from the beginning.")
    static let serverError = Problem(
        title: "Sorry, there is a problem with this guide",
        body: "Something went wrong on our side. You can start again from the beginning.")
}
