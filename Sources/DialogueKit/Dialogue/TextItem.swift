/// A paragraph of text shown to the adult, perhaps only under a condition.
public struct TextItem: Hashable, Sendable {
    public let text: String
    public let condition: Condition
    public let source: SourceReference

    public init(text: String, condition: Condition = .always, source: SourceReference) {
        self.text = text
        self.condition = condition
        self.source = source
    }
}
