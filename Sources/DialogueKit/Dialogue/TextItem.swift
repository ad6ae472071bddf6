/// A paragraph of text shown to the adult, perhaps only under a condition.
package struct TextItem: Hashable, Sendable {
    package let text: String
    package let condition: Condition
    package let source: SourceReference

    package init(text: String, condition: Condition = .always, source: SourceReference) {
        self.text = text
        self.condition = condition
        self.source = source
    }
}
