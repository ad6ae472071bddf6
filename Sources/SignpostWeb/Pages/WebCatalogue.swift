import DialogueKit

/// The program's own words on a web page. A page has buttons, links and a text box instead of a prompt,
/// so every notice that tells the adult to type something or press a key is worded for them here.
///
/// Each notice and phrase is named (no `default:`), so a notice added to the engine does not build until
/// it is worded for the web too; those with nothing to say about typing or keys take `EnglishCatalogue`'s
/// words, so the two front ends cannot drift apart.
struct WebCatalogue: MessageCatalogue {
    private let english = EnglishCatalogue()

    func text(for notice: Notice) -> String {
        switch notice {
        case .notAccepted(.webAddress):
            "That does not look like a web address. Copy it from the address bar, for example "
                + "https://www.example.com/page, or remove it from the box."
        case .saved(let count):
            "Saved (\(count) so far). Add another on a new line, or select \(WebPhrases.continueButton) when you have finished."
        case .conversationOver:
            "This conversation has ended. Select \(WebPhrases.startAgain) to begin again."
        case .wentBackFromCommand:
            "Going back to where you were."
        case .noSuchAnswer:
            "That answer cannot be changed. Select \(WebPhrases.yourAnswers) to see the answers you can change."
        case .tooLong(let characters):
            "That is too long (\(characters) characters). Please write less."
        case .emptyAnswer:
            "Select one answer, then select \(WebPhrases.continueButton)."
        case .notUnderstood:
            "Sorry, that answer was not understood. Select one of the answers, then select \(WebPhrases.continueButton)."
        case .tookCloseSpelling(_, let choice), .understoodAs(_, let choice):
            "Taken as '\(choice)'. If that is wrong, select \(WebPhrases.back)."
        case .ambiguous(_, let choices):
            "That could mean more than one answer: " + choices.map(\.label).joined(separator: "; ")
                + ". Select the one you mean."
        case .schoolYear(let year):
            schoolYear(year)
        case .confirmRestart:
            "To start again from the first question, select \(WebPhrases.startAgain). Your answers and your plan will be cleared."
        case .finishReadingFirst:
            "Please read the advice on this page first, then select \(WebPhrases.continueButton)."
        case .endingEarly:
            "Ending here. This is what you have so far."
        case .offerToSave:
            "To keep this plan, select \(WebPhrases.downloadPlan). To change an answer, select \(WebPhrases.yourAnswers)."
        case .saveNeedsAFileName, .planSaved, .planNotSaved:
            // Files are the terminal's; a page offers a download instead, and never sends `save`.
            "To keep this plan, select \(WebPhrases.downloadPlan)."
        case .changing(let earlier):
            // The page keeps the later answers that still fit (and says first which it drops).
            "Changing your answer (it was: \(earlier))."
        case .dangerHeard, .unclearAtDangerQuestion, .askingAgain, .dialogueLoops, .backToWhereYouWere,
            .nothingToGoBackTo, .wentBack, .noAnswersYet, .startingAgain:
            english.text(for: notice)
        }
    }

    func text(for phrase: Phrase) -> String {
        switch phrase {
        case .pressEnterToCarryOn: "When you are ready, select \(WebPhrases.continueButton)."
        case .carryOnName: WebPhrases.continueButton
        case .finishListName: WebPhrases.continueButton
        case .finishListHint: "Put each one on its own line, then select \(WebPhrases.continueButton)."
        case .answersHeading: "Select one of the answers:"
        case .otherCommandsHeading, .commandsHeading: "Or one of these:"
        case .changeHint: "To change one, select \(WebPhrases.change) next to it."
        case .morePrompt: ""
        case .moreEntries(let count): "and \(count) more"
        case .finishListDescription, .commandDescription, .planHeading, .emptyPlan, .supportHeading, .savedSoFar,
            .carryOnDescription, .givenAnswersHeading:
            english.text(for: phrase)
        }
    }

    /// A school year's usual ages, asking for the age itself (the web asks with buttons, so no example
    /// of what to type).
    private func schoolYear(_ year: SchoolYear) -> String {
        guard let ages = year.usualAges else {
            return
                "\(year.name) is a school year in Scotland, where the ages in each year differ. Please give the child's age."
        }
        return "Pupils in \(year.name) in England and Wales are usually \(ages.lowerBound) or \(ages.upperBound) "
            + "(in Northern Ireland, a year younger). Please give the child's age."
    }
}
