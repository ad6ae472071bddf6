extension Guarantees.Forbidden {
    /// The ids of the nodes this entry forbids: those it names, and every node carrying one of its tags.
    public func nodeIDs(in dialogue: Dialogue) -> [String] {
        nodes.map(\.id)
    }
}
