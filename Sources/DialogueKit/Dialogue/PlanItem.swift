/// A line the adult's action plan gains when they reach a node.
public struct PlanItem: Hashable, Sendable {
    public let text: String
    public let condition: Condition
    /// The name of a collection (such as `urls`) whose entries are listed under this step.
    public let list: String?
    public let source: SourceReference

    public init(text: String, condition: Condition = .always, list: String? = nil, source: SourceReference) {
        self.text = text
        self.condition = condition
        self.list = list
        self.source = source
    }
}
