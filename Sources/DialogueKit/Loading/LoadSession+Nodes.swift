/// `nodes:`: every node of a file, read by `NodeReader`.
extension LoadSession {
    /// Reads every node under `nodes:`. When `take` (this load owns the tree), each node's part of the
    /// tree is taken out and let go once read, so the tree shrinks as the dialogue grows and the two are
    /// never held whole at the same time.
    mutating func readNodes(_ node: consuming YAMLNode, taking take: Bool, reader: inout ValueReader) {
        guard var entries = take ? node.takeMapping() : node.mapping else {
            reader.fail(
                .wrongKind(key: "nodes", expected: "a set of nodes, each 'id:' followed by its keys"), node.range)
            return
        }
        // Room for every node up front: an array doubling as it grows holds its old and new storage at
        // once and ends up to half empty. Grown at least twofold, so that many small included files
        // still cost linear time (a dictionary's capacity grows by powers of two of itself).
        if nodes.capacity < nodes.count + entries.count {
            nodes.reserveCapacity(max(nodes.count + entries.count, nodes.capacity * 2))
        }
        firstNodeSource.reserveCapacity(firstNodeSource.count + entries.count)
        for index in entries.indices {
            let key = entries[index].key
            let keyRange = entries[index].keyRange
            let source = reader.reference(keyRange)
            if let first = firstNodeSource[key] {
                reader.fail(.duplicateNode(key, first: first), keyRange)
                continue
            }
            firstNodeSource[key] = source
            if let parsed = NodeReader.read(
                id: key, entries.value(at: index, taking: take), source: source, reader: &reader)
            {
                nodes.append(parsed)
            }
        }
    }
}
