/// The words of one language that any dialogue's answers may use: yes and no, "not sure", numbers,
/// negations, school years, other spellings of words, and the signs of danger.
///
/// It is data, read from a file such as `Dialogues/lexicon.en.yaml` that a dialogue names with
/// `lexicon:`, so that an author can teach Signpost a phrase without code and a second language is a
/// new file. Each answer keeps its own phrases (`also:`) in the dialogue. A dialogue that names no
/// lexicon understands only its own words and numbers in digits (`signpost check` warns about it).
package struct Lexicon: Hashable, Sendable {
    /// The language's code, such as `en`.
    var language: String
    /// Ways of saying yes, no and "I don't know", each normalised (see `TypedWords.key`).
    var yes: Set<String>
    var no: Set<String>
    var unsure: Set<String>
    /// Ways of saying a hedged no ("I don't think so"): at a question that fails safe they are unsure,
    /// elsewhere the question's "No", inferred and so confirmed to the adult.
    var hedgedNo: Set<String> = []
    /// Words that turn round what follows them ("not hurt").
    var negations: Set<String>
    /// Negations that reach only the next word: "no one", "no danger", but not "no, he ran away".
    var shortNegations: Set<String> = []
    /// Words that say little on their own, weighed as nothing.
    var filler: Set<String>
    /// Words after which a number is the number of an answer ("option 2").
    var answerNumbers: Set<String>
    /// Numbers written as words.
    var numberWords: [String: Int]
    /// Ordinal words ("second") for the number of an answer ("the second one").
    var ordinals: [String: Int] = [:]
    /// Words before an age that mean a year less ("nearly 13" is 12).
    var nearly: Set<String> = []
    /// Phrases after an age that make it the next birthday's, so a year less ("13 next month" is 12,
    /// "16 in June" is 15), each as its words.
    var ageSoon: [[String]] = []
    /// Words before an age that place it in the past ("she was 14 in the photo", "taken at 16"): not
    /// the child's age now, so not read as one.
    var ageThen: Set<String> = []
    /// Words before a school year's number ("year 9") and Scottish year letters ("S3", "P7").
    var schoolYearWords: Set<String>
    var scottishYearLetters: Set<String>
    /// Other ways of writing a word, each read as the words it stands for.
    var spellings: [String: [String]]
    /// Signs that a child may be in danger right now, each as its words.
    var dangerSigns: [[String]]
    /// What ends a list of entries ("done").
    var endOfList: Set<String>

    init(
        language: String, yes: Set<String> = [], no: Set<String> = [], unsure: Set<String> = [],
        negations: Set<String> = [], filler: Set<String> = [], answerNumbers: Set<String> = [],
        numberWords: [String: Int] = [:], schoolYearWords: Set<String> = [], scottishYearLetters: Set<String> = [],
        spellings: [String: [String]] = [:], dangerSigns: [[String]] = [], endOfList: Set<String> = []
    ) {
        self.language = language
        self.yes = yes
        self.no = no
        self.unsure = unsure
        self.negations = negations
        self.filler = filler
        self.answerNumbers = answerNumbers
        self.numberWords = numberWords
        self.schoolYearWords = schoolYearWords
        self.scottishYearLetters = scottishYearLetters
        self.spellings = spellings
        self.dangerSigns = dangerSigns
        self.endOfList = endOfList
    }

    /// Whether the word is one of the lexicon's own (never corrected to another word).
    func knows(_ word: String) -> Bool {
        filler.contains(word) || negations.contains(word) || numberWords[word] != nil || ordinals[word] != nil
            || schoolYearWords.contains(word) || answerNumbers.contains(word) || nearly.contains(word)
            || ageThen.contains(word)
            || spellings[word] != nil || endOfList.contains(word)
    }

    /// No words at all: only the dialogue's own phrases and numbers in digits are understood.
    package static let empty = Lexicon(language: "")

    /// Whether this lexicon has no words (the dialogue named none).
    package var isEmpty: Bool { self == .empty }
}
