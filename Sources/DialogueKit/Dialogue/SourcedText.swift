/// A piece of text with where it was written, such as a question's `ask` or an end's closing words.
package struct SourcedText: Hashable, Sendable {
    package let text: String
    package let source: SourceReference

    package init(_ text: String, source: SourceReference) {
        self.text = text
        self.source = source
    }
}
