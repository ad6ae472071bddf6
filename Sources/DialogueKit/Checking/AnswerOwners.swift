/// Which choice of one question each normalised answer word belongs to, for the checker's finding
/// about two answers that match the same text.
///
/// A question has a few words, so they are kept in a list and compared one by one, which costs less
/// than hashing each; past `wordsComparedInTurn` they go into a dictionary as well, so a question with
/// thousands of answers stays linear.
struct AnswerOwners {
    static let wordsComparedInTurn = 32

    private var words: [(word: String, choice: Int)] = []
    private var index: [String: Int]? = nil

    /// Empties it for the next question, keeping the room it had.
    mutating func removeAll() {
        words.removeAll(keepingCapacity: true)
        index = nil
    }

    /// The choice that already owns `word`, if one does; otherwise `word` becomes `choice`'s and the
    /// answer is `nil`.
    package mutating func claim(_ word: String, for choice: Int) -> Int? {
        if let index {
            if let owner = index[word] { return owner }
            self.index?[word] = choice
            return nil
        }
        if let owner = words.first(where: { $0.word == word }) { return owner.choice }
        words.append((word, choice))
        if words.count > Self.wordsComparedInTurn {
            index = Dictionary(words.map { ($0.word, $0.choice) }, uniquingKeysWith: { first, _ in first })
        }
        return nil
    }
}
