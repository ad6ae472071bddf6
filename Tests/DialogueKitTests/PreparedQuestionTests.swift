import TestSupport
import Testing

@testable import DialogueKit

/// The engine prepares each question's answers once and puts together the ones offered; a matcher made
/// that way must read every line as one made afresh from the offered answers alone would.
@Suite struct PreparedQuestionTests {
    static let lexicon = ShippedLexicon.load()
    static let options: [AnswerMatcher.Option] = [
        .init(label: "Yes, they are in danger now", synonyms: ["missing", "run away"]),
        .init(label: "They have talked about hurting themselves", synonyms: ["self harm"]),
        .init(label: "No", synonyms: ["safe"], safe: true),
        .init(label: "Not sure"),
        .init(label: "13 to 15", numbers: NumberRange(lowest: 13, highest: 15)),
    ]
    static let lines = [
        "2", "no", "nah hes fine", "she's not hurt, just upset", "hes gone missing", "slef harm", "she is 14",
        "year 9", "not sure", "dont know where he is", "yes", "definately safe", "they talked about hurting",
    ]

    @Test(arguments: [[0, 1, 2, 3, 4], [0, 2, 3], [1, 2], [2, 3, 4], [4]])
    func aMatcherFromPreparedAnswersReadsAsAFreshOne(offered: [Int]) {
        let prepared = PreparedQuestion(
            options: Self.options, lexicon: Self.lexicon, question: "Is the child in danger?",
            shared: PreparedQuestion.SharedWords(Self.lexicon))
        let assembled = AnswerMatcher(prepared, offering: offered)
        let fresh = AnswerMatcher(
            options: offered.map { Self.options[$0] }, lexicon: Self.lexicon, question: "Is the child in danger?")
        #expect(assembled.options == fresh.options)
        for line in Self.lines {
            #expect(assembled.read(line) == fresh.read(line), "\(line) with answers \(offered)")
        }
    }
}
