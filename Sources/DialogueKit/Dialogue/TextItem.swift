/// A paragraph of text shown to the adult, perhaps only under a condition.
public struct TextItem: Hashable, Sendable {
    public var text: String
    public var condition: Condition
    public var source: SourceReference

    public init(text: String, condition: Condition = .always, source: SourceReference) {
        self.text = text
        self.condition = condition
        self.source = source
    }
}

/// A line the adult's action plan gains when they reach a node.
public struct PlanItem: Hashable, Sendable {
    public var text: String
    public var condition: Condition
    /// The name of a collection (such as `urls`) whose entries are listed under this step.
    public var list: String?
    public var source: SourceReference

    public init(text: String, condition: Condition = .always, list: String? = nil, source: SourceReference) {
        self.text = text
        self.condition = condition
        self.list = list
        self.source = source
    }
}
