extension Guarantees.Forbidden {
    /// The ids of the nodes this entry forbids: those it names, then every node carrying one of its tags.
    func nodeIDs(in dialogue: Dialogue) -> [String] {
        var ids = nodes.map(\.id)
        guard !tags.isEmpty else { return ids }
        for node in dialogue.nodes where !ids.contains(node.id) && node.tags.contains(where: tags.contains) {
            ids.append(node.id)
        }
        return ids
    }
}
