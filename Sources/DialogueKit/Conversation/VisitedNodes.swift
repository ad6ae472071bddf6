/// The nodes one arrival has visited, so a loop of messages cannot hang the engine. An arrival
/// usually visits one to three nodes: a short list is searched, and a set is made only for a long
/// run of messages (so that one stays linear).
struct VisitedNodes {
    private var recent: [String] = []
    private var many: Set<String>?
    private static let listLimit = 16

    /// Adds `id`; false when it was visited already.
    mutating func insert(_ id: String) -> Bool {
        if var set = many {
            many = nil
            defer { many = set }
            return set.insert(id).inserted
        }
        if recent.contains(id) { return false }
        recent.append(id)
        if recent.count > Self.listLimit {
            many = Set(recent)
            recent = []
        }
        return true
    }
}
