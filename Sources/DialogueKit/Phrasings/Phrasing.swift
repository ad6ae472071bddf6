/// One answer as an adult might type it at one question, and what Signpost must make of it: a test case
/// of understanding, like one line of an NLU test set.
package struct Phrasing: Hashable, Sendable {
    package enum Expected: Hashable, Sendable {
        /// The choice at this index (among all the question's choices) must be reached.
        case choice(Int)
        /// Genuinely unclear: Signpost must ask again, or confirm what it took; never take it silently.
        case ask
    }

    /// The question's node.
    package let question: String
    package let typed: String
    let expected: Expected
    /// Where the typed line was written.
    package let source: SourceReference

    package init(question: String, typed: String, expected: Expected, source: SourceReference) {
        self.question = question
        self.typed = typed
        self.expected = expected
        self.source = source
    }
}
