import Testing

@testable import DialogueKit

/// How a changed replay is described: a reworded line is a change of words that `--update` may
/// rewrite; an input that misses its question, another ending or plan, or an unmet `# expect-` line
/// derails the transcript.
@Suite struct ReplayReviewTests {
    static let original = """
        title: Review test
        start: danger
        nodes:
          danger:
            ask: Is the child in danger?
            choices:
              - "Yes": help
              - "No": who
          help:
            say: Call 999 now.
            plan: Call 999 in an emergency.
            next: who
          who:
            ask: Who are you?
            choices:
              - label: Parent or carer
                go: finish
              - label: School staff
                also: [teacher]
                go: school
          school:
            plan: Tell your DSL today.
            next: finish
          finish:
            end: That is all.
          other-end:
            end: Goodbye.
        """

    static func dialogue(_ text: String) throws -> Dialogue {
        let loaded = loadDialogue(text)
        return try #require(loaded.dialogue, "does not load: \(diagnosticLines(loaded))")
    }

    static func recorded(_ inputs: [String], comments: [String] = []) throws -> Transcript {
        TranscriptReplay.record(
            inputs: inputs, comments: [" dialogue: main.yaml"] + comments, dialogue: try dialogue(original))
    }

    /// The file line of the `n`th input (from 0).
    static func inputLine(_ transcript: Transcript, _ n: Int) -> Int {
        let lines = transcript.lines.indices.filter { if case .input = transcript.lines[$0] { true } else { false } }
        return lines[n] + 1
    }

    @Test func aRewordedLineIsOnlyAChangeOfWords() throws {
        let transcript = try Self.recorded(["no", "teacher"])
        let changed = try Self.dialogue(
            Self.original.replacingOccurrences(of: "Who are you?", with: "Who are you to the child?"))
        let result = TranscriptReplay.replay(transcript, dialogue: changed)
        #expect(!result.passed)
        #expect(!result.derails)
        #expect(
            result.changes == [
                .textChanged(line: Self.inputLine(transcript, 0) + 1, node: "who", source: changed.node("who")?.source)
            ])
    }

    @Test func anInputThatNowMeetsANewQuestionIsARouteChange() throws {
        let transcript = try Self.recorded(["no", "teacher"])
        let withNewQuestion = Self.original
            .replacingOccurrences(of: "\"No\": who", with: "\"No\": country")
            .replacingOccurrences(
                of: "  who:\n",
                with:
                    "  country:\n    ask: Where does the child live?\n    choices:\n      - England: who\n      - Wales: who\n  who:\n"
            )
        let result = TranscriptReplay.replay(transcript, dialogue: try Self.dialogue(withNewQuestion))
        #expect(result.derails)
        #expect(
            result.changes.first
                == .routeChanged(
                    line: Self.inputLine(transcript, 1), input: "teacher", question: "Where does the child live?",
                    answers: false))
    }

    @Test func anAnswerNoLongerUnderstoodDerails() throws {
        let transcript = try Self.recorded(["no", "teacher"])
        let result = TranscriptReplay.replay(
            transcript,
            dialogue: try Self.dialogue(
                Self.original.replacingOccurrences(of: "also: [teacher]", with: "also: [staff]")))
        #expect(result.derails)
        #expect(
            result.changes.first
                == .notUnderstood(line: Self.inputLine(transcript, 1), input: "teacher", question: "Who are you?"))
    }

    @Test func anotherEndingAndAnotherPlanDerail() throws {
        let transcript = try Self.recorded(["no", "teacher"])
        let result = TranscriptReplay.replay(
            transcript,
            dialogue: try Self.dialogue(Self.original.replacingOccurrences(of: "go: school", with: "go: other-end")))
        #expect(result.derails)
        #expect(result.changes.contains(.endingChanged(was: "finish", now: "other-end")))
        #expect(result.changes.contains(.planStepCountChanged(was: 1, now: 0)))
    }

    @Test func aPlanStepSwappedForAnotherDerails() throws {
        let transcript = try Self.recorded(["yes", "parent"])
        let swapped = Self.original.replacingOccurrences(of: "\"Yes\": help", with: "\"Yes\": who")
            .replacingOccurrences(
                of: "- label: Parent or carer\n        go: finish", with: "- label: Parent or carer\n        go: school"
            )
        let result = TranscriptReplay.replay(transcript, dialogue: try Self.dialogue(swapped))
        #expect(result.derails)
        #expect(result.changes.contains(.planLostStep("Call 999 in an emergency.")))
    }

    @Test func expectationsAreCheckedOnEveryReplay() throws {
        let comments = [
            " expect-node: school", " expect-end: finish", " expect-plan: dsl", " expect-no-plan: 999",
            " expect-nod: who",
            " expect-end: finsh",
        ]
        let transcript = try Self.recorded(["no", "teacher"], comments: comments)
        let result = TranscriptReplay.replay(transcript, dialogue: try Self.dialogue(Self.original))
        #expect(!result.passed, "the replay matches word for word, but two expectations are wrongly written")
        #expect(result.divergence == nil)
        #expect(
            result.unmet.map(\.problem) == [.unknownKey(suggestion: "expect-node"), .noSuchNode(suggestion: "finish")])
        #expect(result.unmet.map(\.expectation.line) == [6, 7])

        let parent = TranscriptReplay.replay(
            try Self.recorded(["no", "parent"], comments: Array(comments.prefix(4))),
            dialogue: try Self.dialogue(Self.original))
        #expect(parent.unmet.map(\.problem) == [.notVisited, .planLacks])
        let danger = TranscriptReplay.replay(
            try Self.recorded(["yes", "quit"], comments: Array(comments.prefix(4))),
            dialogue: try Self.dialogue(Self.original))
        #expect(danger.unmet.map(\.problem) == [.notVisited, .endedElsewhere(nil), .planLacks, .planHas])
    }

    @Test func notUnderstoodInputsThatWereRecordedThatWayAreNoDerailment() throws {
        let transcript = try Self.recorded(["purple", "no", "teacher"])
        let changed = try Self.dialogue(
            Self.original.replacingOccurrences(of: "That is all.", with: "That is everything."))
        let result = TranscriptReplay.replay(transcript, dialogue: changed)
        #expect(!result.passed)
        #expect(!result.derails, "\(result.changes)")
    }
}
