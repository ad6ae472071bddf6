/// The ways people say they do not know, so that "idk" or "maybe" finds a question's "Not sure" answer.
///
/// An answer counts as the unsure one when its label or one of its other words is itself one of these
/// phrases (such as `Not sure`). A typed phrase from this list chooses that answer; at a question with
/// no unsure answer it matches nothing and the adult is asked again. "I think so", "probably" and
/// "I don't think so" are here on purpose: they are not a clear yes or no, and every unsure answer in
/// the default dialogue takes the careful route.
enum UncertainAnswers {
    static let phrases: Set<String> = [
        "not sure", "unsure", "im not sure", "i'm not sure", "i am not sure", "not really sure", "not certain",
        "maybe", "perhaps", "possibly", "probably", "probably not", "might be", "could be",
        "dont know", "don't know", "do not know", "i dont know", "i don't know", "i do not know", "dunno", "idk",
        "no idea", "i have no idea", "no clue", "not a clue", "hard to say", "cant say", "can't say", "cannot say",
        "i think so", "i dont think so", "i don't think so", "unknown", "don't know yet", "dont know yet",
        "i don't think", "i dont think", "not that i know", "not that i know of",
    ]

    static func contains(_ normalized: String) -> Bool {
        phrases.contains(normalized)
    }

    /// Whether the line is one of the phrases, or starts with one as whole words ("not sure really").
    static func begins(_ normalized: String) -> Bool {
        if phrases.contains(normalized) { return true }
        let words = AnswerMatcher.words(normalized)
        return leadingPhrases.contains { words.starts(with: $0) }
    }

    private static let leadingPhrases: [[Substring]] = phrases.map { AnswerMatcher.words($0) }
}
