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
            // Each name is split into words once, the label first.
            let label = TypedWords(option.label, lexicon: lexicon)
            let names = [label] + option.synonyms.map { TypedWords($0, lexicon: lexicon) }
            phrases = names.map(\.stems).filter { !$0.isEmpty }
            stems = Set(phrases.joined())
            keys = Set(names.map(\.key))
            labelKey = label.key
            labelWords = PreparedQuestion.contentStems(of: label, lexicon: lexicon)
            words = Set(names.flatMap(\.words).filter { !lexicon.knows($0) })
        }
    }

    let lexicon: Lexicon
    package let answers: [Answer]
    /// The question's own words, as stems, that are neither filler nor negations (see `AnswerMatcher`).
    let questionWords: Set<String>
    /// What every question shares: the lexicon's danger signs as stems and the words a misspelling may
    /// be corrected to.
    let shared: SharedWords
    /// The matcher when every answer is offered, as at most questions: put together once here, since
    /// doing it for each line was a third of replaying pages answered in the adult's own words
    /// (`shipped.pages` in Benchmarks/).
    private var everyAnswer: AnswerMatcher?

    /// The lexicon's words as every question's matcher reads them: the same at each question, so the
    /// engine works them out once (`shipped.start` in Benchmarks/ spent a third of its time stemming
    /// the danger signs again for each question).
    struct SharedWords: Sendable {
        /// The lexicon's signs of danger, as stems.
        let dangerSigns: [[String]]
        /// The words of the lexicon's danger signs, yes, no and "not sure": correctable to, at any question.
        let lexiconWords: Set<String>

        init(_ lexicon: Lexicon) {
            dangerSigns = lexicon.dangerSigns.map { $0.map(TypedWords.stem) }
            var words = Set(lexicon.dangerSigns.joined())
            for phrase in lexicon.yes.union(lexicon.no).union(lexicon.unsure).union(lexicon.hedgedNo) {
                words.formUnion(phrase.split(separator: " ").map(String.init))
            }
            lexiconWords = words.filter { !lexicon.knows($0) }
        }
    }

    /// Prepares every answer of a question, offered or not.
    package init(options: [AnswerMatcher.Option], lexicon: Lexicon, question: String, shared: SharedWords) {
        self.lexicon = lexicon
        self.shared = shared
        answers = options.map { Answer($0, lexicon: lexicon) }
        questionWords = Self.contentStems(of: TypedWords(question, lexicon: lexicon), lexicon: lexicon)
        everyAnswer = AnswerMatcher(self, offering: Array(answers.indices))
    }

    /// A matcher for the answers offered now (their indices, in order).
    func matcher(offering offered: [Int]) -> AnswerMatcher {
        if let everyAnswer, offered.count == answers.count { return everyAnswer }
        return AnswerMatcher(self, offering: offered)
    }

    private static func contentStems(of typed: TypedWords, lexicon: Lexicon) -> Set<String> {
        Set(
            typed.words.indices.filter {
                !lexicon.filler.contains(typed.words[$0]) && !lexicon.negations.contains(typed.words[$0])
            }
            .map { typed.stems[$0] })
    }
}
