import Testing

@testable import DialogueKit

/// Issue 18: a choice inserted in the middle changes what a typed number means; a stale transcript is
/// blamed at the line where that number was typed, not at a later line where the route shows it.
@Suite struct StaleTranscriptBlameTests {
    typealias Review = ReplayReviewTests

    @Test func aShiftedNumberAtTheFirstQuestionIsBlamedOnItsOwnLine() throws {
        let transcript = try Review.recorded(["2", "1"])
        let inserted = Review.original
            .replacingOccurrences(
                of: "      - \"No\": who\n", with: "      - \"Not sure\": country\n      - \"No\": who\n"
            )
            .replacingOccurrences(
                of: "  who:\n",
                with:
                    "  country:\n    ask: Where does the child live?\n    choices:\n      - England: who\n      - Wales: who\n  who:\n"
            )
        let result = TranscriptReplay.replay(transcript, dialogue: try Review.dialogue(inserted))
        #expect(result.derails)
        #expect(
            result.changes.first
                == .answerMeaningChanged(
                    line: Review.inputLine(transcript, 0), input: "2", question: "Is the child in danger?", was: "No",
                    now: "Not sure"))
    }

    @Test func aShiftedNumberLaterOnIsBlamedOnItsOwnLine() throws {
        let transcript = try Review.recorded(["2", "2"])
        let inserted = Review.original.replacingOccurrences(
            of: "      - label: School staff\n",
            with: "      - label: Grandparent\n        go: other-end\n      - label: School staff\n")
        let result = TranscriptReplay.replay(transcript, dialogue: try Review.dialogue(inserted))
        #expect(result.derails)
        #expect(
            result.changes.first
                == .answerMeaningChanged(
                    line: Review.inputLine(transcript, 1), input: "2", question: "Who are you?", was: "School staff",
                    now: "Grandparent"))
    }

    @Test func aRewordedChoiceIsNoChangeOfMeaning() throws {
        let transcript = try Review.recorded(["2", "2"])
        let reworded = Review.original.replacingOccurrences(of: "School staff", with: "Staff at their school")
        let result = TranscriptReplay.replay(transcript, dialogue: try Review.dialogue(reworded))
        #expect(!result.derails)
    }
}
