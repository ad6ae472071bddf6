/// A question's answers as the matcher compares them with a line, worked out once when the engine
/// starts rather than at every line typed: splitting and stemming every phrase of every answer was
/// three quarters of a web page's time, since each page replays the conversation's earlier answers.
///
/// The answers offered can depend on flags, so each choice is prepared on its own and the matcher
/// puts together the ones offered (`AnswerMatcher.init(_:offering:)`), which costs a few set unions.
struct PreparedQuestion: Sendable {
    /// One answer's words.
    struct Answer: Sendable {
        var option: AnswerMatcher.Option
        /// Each of its names (label and listed phrases) as stems, for weighing.
        var phrases: [[String]]
        /// Every stem of its names: a sign of danger made of these is this answer's, not a danger aside.
        var stems: Set<String>
        /// Each of its names as keys, for the certain matches.
        var keys: Set<String>
        /// Its label as a key: whether it is the question's yes, no or "not sure".
        var labelKey: String
        /// Its label's words, as stems, that are neither filler nor negations.
        var labelWords: Set<String>
        /// Every word of its names but the lexicon's own: what a misspelt word may be corrected to. Never
        /// to a negation or filler, which would turn a line round ("anything" is not "nothing").
        var words: Set<String>

        init(_ option: AnswerMatcher.Option, lexicon: Lexicon) {
            self.option = option
            phrases = option.names.map { TypedWords($0, lexicon: lexicon).stems }.filter { !$0.isEmpty }
            stems = Set(phrases.joined())
            keys = Set(option.names.map { TypedWords.key($0, lexicon: lexicon) })
            labelKey = TypedWords.key(option.label, lexicon: lexicon)
            labelWords = PreparedQuestion.contentStems(of: option.label, lexicon: lexicon)
            words = Set(option.names.flatMap { TypedWords($0, lexicon: lexicon).words }.filter { !lexicon.knows($0) })
        }
    }

    let lexicon: Lexicon
    package let answers: [Answer]
    /// The question's own words, as stems, that are neither filler nor negations (see `AnswerMatcher`).
    let questionWords: Set<String>
    /// The lexicon's signs of danger, as stems.
    let dangerSigns: [[String]]
    /// The words of the lexicon's danger signs, yes, no and "not sure": correctable to, at any question.
    let lexiconWords: Set<String>

    /// Prepares every answer of a question, offered or not.
    package init(options: [AnswerMatcher.Option], lexicon: Lexicon, question: String) {
        self.lexicon = lexicon
        answers = options.map { Answer($0, lexicon: lexicon) }
        questionWords = Self.contentStems(of: question, lexicon: lexicon)
        dangerSigns = lexicon.dangerSigns.map { $0.map(TypedWords.stem) }
        var words = Set(lexicon.dangerSigns.joined())
        for phrase in lexicon.yes.union(lexicon.no).union(lexicon.unsure).union(lexicon.hedgedNo) {
            words.formUnion(phrase.split(separator: " ").map(String.init))
        }
        lexiconWords = words.filter { !lexicon.knows($0) }
    }

    private static func contentStems(of text: String, lexicon: Lexicon) -> Set<String> {
        let typed = TypedWords(text, lexicon: lexicon)
        return Set(
            typed.words.indices.filter {
                !lexicon.filler.contains(typed.words[$0]) && !lexicon.negations.contains(typed.words[$0])
            }
            .map { typed.stems[$0] })
    }
}
