import DialogueKit

/// The program's own words on a web page: `EnglishCatalogue`'s, except where those tell the adult to type
/// something or press a key. A page has buttons and a text box instead, so those notices are worded for
/// them here; everything else is passed through unchanged, so the two front ends cannot drift apart.
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
        default:
            english.text(for: notice)
        }
    }

    func text(for phrase: Phrase) -> String {
        switch phrase {
        case .pressEnterToCarryOn: "When you are ready, select \(WebPhrases.continueButton)."
        case .carryOnName: WebPhrases.continueButton
        case .finishListName: WebPhrases.continueButton
        case .finishListHint: "Put each one on its own line, then select \(WebPhrases.continueButton)."
        default: english.text(for: phrase)
        }
    }
}
