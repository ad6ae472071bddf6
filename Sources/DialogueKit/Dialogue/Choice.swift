/// A reference to a node by its id, with where it was written so a broken route can be pointed at.
public struct NodeReference: Hashable, Sendable {
    public var id: String
    public var source: SourceReference

    public init(id: String, source: SourceReference) {
        self.id = id
        self.source = source
    }
}

/// One answer to a question: what it is called, other words that mean it, where it leads.
public struct Choice: Hashable, Sendable {
    public var label: String
    /// Other words the adult may type for this answer, such as `y` for `Yes`.
    public var synonyms: [String]
    public var target: NodeReference
    /// Flags this answer sets, for text and plan items that depend on them.
    public var sets: [String]
    /// Whether the answer is offered at all.
    public var condition: Condition
    public var source: SourceReference

    public init(
        label: String, synonyms: [String] = [], target: NodeReference, sets: [String] = [],
        condition: Condition = .always, source: SourceReference
    ) {
        self.label = label
        self.synonyms = synonyms
        self.target = target
        self.sets = sets
        self.condition = condition
        self.source = source
    }
}
