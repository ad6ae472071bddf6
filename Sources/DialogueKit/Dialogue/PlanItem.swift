/// A line the adult's action plan gains when they reach a node.
package struct PlanItem: Hashable, Sendable {
    package let text: String
    package let condition: Condition
    /// The name of a collection (such as `urls`) whose entries are listed under this step.
    package let list: String?
    package let source: SourceReference

    package init(text: String, condition: Condition = .always, list: String? = nil, source: SourceReference) {
        self.text = text
        self.condition = condition
        self.list = list
        self.source = source
    }
}
