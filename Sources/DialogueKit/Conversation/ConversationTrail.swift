/// A conversation as a value: the lines the adult has sent, in the batches they were sent in (one page's
/// form, or one line typed, is one batch), with the dialogue they were sent to. Replaying it through the
/// engine (`ConversationReplay`) gives the conversation back exactly, so a front end can keep nothing but
/// this record between requests: the web seals it into each page's address.
///
/// It names the dialogue it was made with (`dialogue`, a fingerprint of its files), so a record from
/// before the dialogue changed is started again rather than replaying old answers into new questions.
package struct ConversationTrail: Hashable, Sendable, Codable {
    package var dialogue: String
    package var batches: [[String]]

    package init(dialogue: String, batches: [[String]] = []) {
        self.dialogue = dialogue
        self.batches = batches
    }

    /// The most lines a trail may hold, over all its batches: far more than any real conversation,
    /// small enough that replaying it stays quick.
    package static let maximumLines = 400

    package var lineCount: Int { batches.reduce(0) { $0 + $1.count } }

    /// The trail with one more batch.
    package func adding(_ batch: [String]) -> ConversationTrail {
        var next = self
        next.batches.append(batch)
        return next
    }

    /// The trail as it was one page earlier.
    package var previous: ConversationTrail? {
        guard !batches.isEmpty else { return nil }
        var earlier = self
        earlier.batches.removeLast()
        return earlier
    }
}
