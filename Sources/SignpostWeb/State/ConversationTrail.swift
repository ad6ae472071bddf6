/// The lines the adult has sent, in the batches they were sent in (one page's form is one batch),
/// replayed through the engine on every request. It travels sealed inside `PageState` (see `StateSeal`),
/// never in the clear; the server keeps nothing between requests.
///
/// It also names the dialogue it was made with (`dialogue`, a fingerprint of its files), so a page from
/// before the dialogue changed starts again rather than replaying old answers into new questions.
public struct ConversationTrail: Hashable, Sendable, Codable {
    public var dialogue: String
    public var batches: [[String]]

    public init(dialogue: String, batches: [[String]] = []) {
        self.dialogue = dialogue
        self.batches = batches
    }

    /// The most lines a trail may hold, over all its batches: far more than any real conversation,
    /// small enough that replaying it stays quick.
    public static let maximumLines = 400

    public var lineCount: Int { batches.reduce(0) { $0 + $1.count } }

    /// The trail with one more batch.
    public func adding(_ batch: [String]) -> ConversationTrail {
        var next = self
        next.batches.append(batch)
        return next
    }

    /// The trail as it was one page earlier.
    public var previous: ConversationTrail? {
        guard !batches.isEmpty else { return nil }
        var earlier = self
        earlier.batches.removeLast()
        return earlier
    }
}
