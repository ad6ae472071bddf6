/// The catalogue of everything Signpost itself says, in English: every notice and every fixed phrase,
/// in one place, so the program's own voice can be read, reviewed and changed together.
public struct EnglishCatalogue: MessageCatalogue {
    public init() {}

    public func text(for notice: Notice) -> String {
        switch notice {
        case .tooLong(let characters):
            "That line is too long (\(characters) characters). Please type a shorter answer."
        case .conversationOver:
            "This conversation has ended. Type 'restart' to begin again, or 'quit' to leave."
        case .emptyAnswer(let count):
            "Please type an answer: " + howToAnswer(count)
        case .notUnderstood(let input, let count):
            "Sorry, I did not understand '\(input)'. Please type an answer: " + howToAnswer(count)
        case .tookCloseSpelling(let input, let choice):
            "Taking '\(input)' as '\(choice)'. Type 'back' if you meant something else."
        case .ambiguous(let input, let choices):
            "'\(input)' could mean more than one answer: "
                + choices.map { "\($0.number). \($0.label)" }.joined(separator: "; ")
                + ". Please type its number or more of the words."
        case .notAccepted(.webAddress):
            "That does not look like a web address. Copy it from the address bar, for example "
                + "https://www.example.com/page, or press Enter on an empty line to go on."
        case .saved(let count):
            "Saved (\(count) so far). Type another, or press Enter on an empty line when you have finished."
        case .dialogueLoops(let node):
            "The dialogue goes round in a circle at '\(node)' here; please tell its authors."
        case .backToWhereYouWere:
            "Back to where you were:"
        case .nothingToGoBackTo:
            "There is nothing to go back to: this is the first question."
        case .wentBack:
            "Going back one step."
        case .startingAgain:
            "Starting again from the beginning."
        case .endingEarly:
            "Ending here. This is what you have so far."
        }
    }

    public func text(for phrase: Phrase) -> String {
        switch phrase {
        case .answersHeading: "Type the number or the words of an answer:"
        case .otherCommandsHeading: "Or one of these commands:"
        case .commandsHeading: "You can type one of these commands:"
        case .finishListName: "(empty line)"
        case .finishListDescription: "finish the list and go on"
        case .commandDescription(let command): description(of: command)
        case .planHeading: "Your action plan"
        case .emptyPlan: "No steps yet."
        case .supportHeading: "Where to get support"
        case .savedSoFar(let count): "Saved so far: \(count)."
        }
    }

    private func description(of command: BuiltInCommand) -> String {
        switch command {
        case .help: "show what you can type here"
        case .back: "undo your last answer"
        case .restart: "start again from the beginning"
        case .plan: "show your action plan so far"
        case .quit: "end now and see your plan"
        }
    }

    /// "its number (1, 2 or 3) or its words. ..." for a question with `count` answers.
    private func howToAnswer(_ count: Int) -> String {
        let numbers = (1...max(count, 1)).map(String.init)
        let listed = numbers.count > 1 ? numbers.dropLast().joined(separator: ", ") + " or " + (numbers.last ?? "") : numbers[0]
        return "its number (\(listed)) or its words. Type 'help' to see everything you can type."
    }
}
