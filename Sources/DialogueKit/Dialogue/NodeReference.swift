/// A reference to a node by its id, with where it was written so a broken route can be pointed at.
public struct NodeReference: Hashable, Sendable {
    public let id: String
    public let source: SourceReference

    public init(id: String, source: SourceReference) {
        self.id = id
        self.source = source
    }
}
