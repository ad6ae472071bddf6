/// A reference to a node by its id, with where it was written so a broken route can be pointed at.
package struct NodeReference: Hashable, Sendable {
    package let id: String
    package let source: SourceReference

    package init(id: String, source: SourceReference) {
        self.id = id
        self.source = source
    }
}
