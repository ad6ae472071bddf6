/// A piece of text with where it was written, such as a question's `ask` or an end's closing words.
public struct SourcedText: Hashable, Sendable {
    public let text: String
    public let source: SourceReference

    public init(_ text: String, source: SourceReference) {
        self.text = text
        self.source = source
    }
}
