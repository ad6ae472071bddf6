/// Finds a key that appears earlier in the same mapping.
///
/// Most mappings have a handful of keys, and scanning them costs less than hashing; a mapping that grows
/// past `scanLimit` keys (a dialogue's `nodes`) gets a dictionary, so a mapping of 50,000 keys still
/// takes linear time.
struct KeyIndex {
    static let scanLimit = 12
    private var positions: [String: Int]?

    /// The index in `entries` (the mapping's entries so far, indexed as in the array they are a slice
    /// of) of an earlier entry with the same key, or nil, in which case `key` is recorded as the next
    /// entry's (`entries.endIndex`).
    mutating func insert(_ key: String, into entries: ArraySlice<YAMLMappingEntry>) -> Int? {
        if positions == nil {
            guard entries.count >= Self.scanLimit else {
                return entries.firstIndex { $0.key == key }
            }
            var built: [String: Int] = [:]
            built.reserveCapacity(entries.count * 2)
            for index in entries.indices { built[entries[index].key] = index }
            positions = built
        }
        if let earlier = positions?[key] { return earlier }
        positions?[key] = entries.endIndex
        return nil
    }
}
