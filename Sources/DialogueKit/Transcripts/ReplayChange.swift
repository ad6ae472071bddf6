/// What changed in a replay, as a value: a reworded line of advice, or a conversation that no longer
/// goes where the transcript went. `test --update` rewrites the first kind and refuses the others
/// (unless forced), so a suite cannot be "updated" into conversations of "Sorry, I did not understand".
package enum ReplayChange: Hashable, Sendable {
    /// The words differ from `line` on, at `node` where known; the route is the same.
    case textChanged(line: Int, node: String?, source: SourceReference?)
    /// The input at `line` is no longer understood at the question it now meets.
    case notUnderstood(line: Int, input: String, question: String)
    /// The input at `line` now fits more than one answer.
    case ambiguous(line: Int, input: String, question: String)
    /// The input at `line` now meets a different question from the one it met when recorded; `answers`
    /// tells whether it is taken as an answer there (rather than, say, a command).
    case routeChanged(line: Int, input: String, question: String, answers: Bool)
    /// The number typed at `line` now chooses another answer (`now`) at the same question: an answer was
    /// inserted or moved above the one it chose when recorded (`was`, still offered under another number).
    case answerMeaningChanged(line: Int, input: String, question: String, was: String, now: String)
    /// After the last input (at `line`, 0 for none) the conversation now waits at another question.
    case stopsElsewhere(line: Int, question: String)
    /// The conversation ends at another end node (`nil`: it stops without reaching an end).
    case endingChanged(was: String?, now: String?)
    /// The final plan has a different number of steps.
    case planStepCountChanged(was: Int, now: Int)
    /// A step the final plan had is no longer in it.
    case planLostStep(String)
    /// A service's number or address (a declared contact) that the recorded final plan showed is no
    /// longer in it: never an update of wording, since the adult loses a way to get help.
    case lostService(name: String, detail: String)
    /// A `# expect-...:` line is not met.
    case expectationUnmet(UnmetExpectation)

    /// Whether the conversation itself went somewhere else, rather than saying the same thing in new words.
    package var derails: Bool {
        if case .textChanged = self { return false }
        return true
    }
}

extension ReplayChange {
    /// The change's stable code, shown after its line in `signpost test` (see `DiagnosticCode`).
    package var code: DiagnosticCode {
        switch self {
        case .textChanged: .textChanged
        case .notUnderstood: .notUnderstood
        case .ambiguous: .ambiguous
        case .routeChanged: .routeChanged
        case .stopsElsewhere: .stopsElsewhere
        case .endingChanged: .endingChanged
        case .planStepCountChanged: .planStepCountChanged
        case .planLostStep: .planLostStep
        case .lostService: .lostService
        case .answerMeaningChanged: .answerMeaningChanged
        case .expectationUnmet(let unmet): unmet.code
        }
    }
}
