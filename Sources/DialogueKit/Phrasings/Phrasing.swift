/// One answer as an adult might type it at one question, and what Signpost must make of it: a test case
/// of understanding, like one line of an NLU test set.
public struct Phrasing: Hashable, Sendable {
    public enum Expected: Hashable, Sendable {
        /// The choice at this index (among all the question's choices) must be reached.
        case choice(Int)
        /// Genuinely unclear: Signpost must ask again, or confirm what it took; never take it silently.
        case ask
    }

    /// The question's node.
    public let question: String
    public let typed: String
    public let expected: Expected
    /// Where the typed line was written.
    public let source: SourceReference

    public init(question: String, typed: String, expected: Expected, source: SourceReference) {
        self.question = question
        self.typed = typed
        self.expected = expected
        self.source = source
    }
}
