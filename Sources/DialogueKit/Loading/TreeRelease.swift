/// Taking parts out of a parsed tree, so that the loader can let each node's part of the tree go as
/// soon as it has read it, instead of holding the whole tree and the whole dialogue together.
///
/// Only worth doing when the loader holds the only copy of the tree: when a `ParsedFiles` keeps it
/// too, taking a part out would copy the array around it instead.
extension YAMLNode {
    /// What a part leaves behind: a value that holds no storage.
    static let taken = YAMLNode(
        .scalar(YAMLScalar("", style: .plain)), range: SourceRange(at: SourceLocation(line: 0, column: 0, offset: 0)))

    /// The mapping's entries, taken out of the node (which is left holding nothing), or nil when the
    /// node is not a mapping (it is left as it was).
    mutating func takeMapping() -> [YAMLMappingEntry]? {
        guard case .mapping(let entries) = content else { return nil }
        content = Self.taken.content
        return entries
    }
}

extension [YAMLMappingEntry] {
    /// The value at `index`, taken out of the array (left holding nothing in its place) when `take`,
    /// copied otherwise.
    mutating func value(at index: Int, taking take: Bool) -> YAMLNode {
        guard take else { return self[index].value }
        var value = YAMLNode.taken
        swap(&value, &self[index].value)
        return value
    }
}
