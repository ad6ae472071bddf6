/// Signpost speaking about the conversation itself, as a value: what happened, with the details that
/// matter. `MessageCatalogue` turns each into words, so a second front end or a translation words them
/// its own way, and tests can ask what was meant rather than how it was put.
package enum Notice: Hashable, Sendable {
    /// A line over the length limit, with its length in characters.
    case tooLong(characters: Int)
    /// Something other than a command was typed after the end.
    case conversationOver
    /// An empty line at a question that offers this many answers.
    case emptyAnswer(answerCount: Int)
    /// A line that matches no answer, at a question that offers this many.
    case notUnderstood(String, answerCount: Int)
    /// A line spelt close to a command, taken as that command.
    case tookCloseSpelling(String, choice: String)
    /// A line that is not an answer's number or listed words, taken as the answer it most plainly says:
    /// the adult is told which, so a wrong reading can be undone with `back`.
    case understoodAs(String, choice: String)
    /// A school year typed where an age was asked: its usual ages, and a request for the age itself.
    case schoolYear(SchoolYear)
    /// At a question that fails safe: the line carries a sign of danger but did not say which answer.
    case dangerHeard(String)
    /// At a question that fails safe: the line was not understood, so the advice comes first.
    case unclearAtDangerQuestion(String)
    /// After a question's fail-safe advice: the question follows again.
    case askingAgain
    /// A line that fits several answers; none was taken.
    case ambiguous(String, choices: [NumberedAnswer])
    /// A line a collection cannot keep, because it is not the kind of entry it gathers.
    case notAccepted(EntryKind)
    /// An entry kept, with how many there are now.
    case saved(count: Int)
    /// The dialogue's messages lead round in a circle at this node (a fault `signpost check` reports).
    case dialogueLoops(at: String)
    /// After an `anytime` command's advice: the prompt the adult was at follows.
    case backToWhereYouWere
    /// `back` at the first question.
    case nothingToGoBackTo
    /// `back` undid the last answer.
    case wentBack
    /// `back` after an `anytime` command: the adult is where they were before typing it.
    case wentBackFromCommand(String)
    /// `answers` or `change` before any answer was given.
    case noAnswersYet
    /// `change` with something other than the number of an answer given.
    case noSuchAnswer(String, answerCount: Int)
    /// `change N`: the answer being changed, as it was given; the question follows in full.
    case changing(String)
    /// At the end, on a terminal: how to keep the plan, or leave.
    case offerToSave
    /// `save` with no file name.
    case saveNeedsAFileName
    /// The plan was saved at this path; `leftOut` says whether typed text was left out.
    case planSaved(path: String, leftOutWhatWasTyped: Bool)
    /// The plan could not be saved.
    case planNotSaved(path: String, SaveFailure)
    /// `restart`.
    case startingAgain
    /// `restart` with this many answers given: asked once before they are discarded.
    case confirmRestart(answerCount: Int)
    /// Something other than a command typed while a long reply waits for Enter between screens.
    case finishReadingFirst
    /// `quit`, or the end of input, before an end.
    case endingEarly

    /// An answer with the number it is offered under.
    package struct NumberedAnswer: Hashable, Sendable {
        let number: Int
        package let label: String
    }
}
