/// Each node's ways on as positions in `dialogue.nodes`, worked out in one pass over the nodes, so the
/// structure checks walk arrays of integers instead of hashing ids into sets and dictionaries of
/// strings, and no node's `edges` are built twice.
///
/// A node stands for its id: an id written twice is the first node that has it (as `Dialogue.node(_:)`
/// finds it), so every array here is indexed by that node's position.
struct NodeLinks {
    /// For each node, the position of the first node with its id (its own, unless the id is repeated).
    let canonical: [Int]
    /// Node `i`'s targets are `targets[starts[i]..<starts[i + 1]]`, in the order its edges are written:
    /// the position of each target's node, or `nil` for an id no node has.
    let starts: [Int]
    let targets: [Int?]

    /// Walks every node's edges once, handing each to `visit` (with the position of its node) for the
    /// checks that read every edge.
    package init(_ dialogue: Dialogue, visit: (Int, Edge) -> Void) {
        let nodes = dialogue.nodes
        var canonical: [Int] = []
        canonical.reserveCapacity(nodes.count)
        var starts: [Int] = []
        starts.reserveCapacity(nodes.count + 1)
        var targets: [Int?] = []
        targets.reserveCapacity(nodes.count * 2)
        for (position, node) in nodes.enumerated() {
            canonical.append(dialogue.position(of: node.id) ?? position)
            starts.append(targets.count)
            for edge in node.edges {
                targets.append(dialogue.position(of: edge.target.id))
                visit(position, edge)
            }
        }
        starts.append(targets.count)
        self.canonical = canonical
        self.starts = starts
        self.targets = targets
    }

    /// The positions node `position` leads to (`nil` for an unknown id), in the order written.
    func targets(of position: Int) -> ArraySlice<Int?> {
        targets[starts[position]..<starts[position + 1]]
    }
}
