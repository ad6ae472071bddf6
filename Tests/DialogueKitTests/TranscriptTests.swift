import Testing

@testable import DialogueKit

/// The transcript format, replay with its diff and divergence, privacy of recorded text, and coverage.
@Suite struct TranscriptTests {
    static let dialogue = ConversationEngineTests.dialogue

    @Test func parsesAndRendersEveryKindOfLine() {
        let text =
            "# A comment\n# dialogue: test.yaml\n# width: 60\nQuestion?\n\\# not a comment\n\\> not input\n\\\\ backslash\n\n> answer\n>\n"
        let transcript = Transcript.parse(text)
        #expect(
            transcript.lines == [
                .comment(" A comment"), .comment(" dialogue: test.yaml"), .comment(" width: 60"), .output("Question?"),
                .output("# not a comment"), .output("> not input"), .output("\\ backslash"), .output(""),
                .input("answer"), .input(""),
            ])
        #expect(transcript.dialogue == "test.yaml")
        #expect(transcript.width == 60)
        #expect(transcript.inputs == ["answer", ""])
        #expect(transcript.rendered() == text)
    }

    @Test func recordThenReplayRoundTrips() {
        let transcript = TranscriptReplay.record(
            inputs: ["no", "teacher", "https://example.org/1", ""], comments: [" dialogue: test.yaml"],
            dialogue: Self.dialogue)
        let replayed = TranscriptReplay.replay(Transcript.parse(transcript.rendered()), dialogue: Self.dialogue)
        #expect(replayed.passed)
        #expect(replayed.actual == transcript)
        #expect(
            transcript.rendered().hasPrefix(
                "# dialogue: test.yaml\nIs the child in danger?\n  1. Yes\n  2. No\n  3. Not sure\n\n> no\nWho are you?\n"
            ))
    }

    @Test func aChangedSentenceFailsWithADiffThatNamesTheNode() throws {
        let transcript = TranscriptReplay.record(
            inputs: ["no", "teacher"], comments: [" dialogue: test.yaml"], dialogue: Self.dialogue)
        var changed = Self.dialogue
        let index = try #require(changed.nodes.firstIndex { $0.id == "links" })
        let node = changed.nodes[index]
        let first = TextItem(text: "Tell your Designated Safeguarding Lead.", source: node.say[0].source)
        changed.nodes[index] = node.with(say: [first] + node.say.dropFirst())
        let result = TranscriptReplay.replay(transcript, dialogue: changed)
        #expect(!result.passed)
        #expect(result.divergence?.line == 13)
        #expect(result.divergence?.node == "links")
        #expect(result.divergence?.source?.description == "main.yaml:39")
        let expectedDiff = [
            "--- t.transcript (transcript)", "+++ t.transcript (what Signpost says now)", "@@ -10,7 +10,7 @@",
            "   2. School staff", " ", " > teacher", "-Tell your DSL.", "+Tell your Designated Safeguarding Lead.", " ",
            " Gather the addresses.", " ",
        ]
        #expect(result.diff(name: "t.transcript") == expectedDiff.joined(separator: "\n") + "\n")
    }

    @Test func updatingKeepsInputsAndComments() {
        let original = Transcript.parse(
            "# dialogue: test.yaml\n# opening\nOld opening text\n> no\n# before the answer's output\nOld\n# after\n")
        let result = TranscriptReplay.replay(original, dialogue: Self.dialogue)
        #expect(!result.passed)
        #expect(
            result.actual.rendered() == """
                # dialogue: test.yaml
                # opening
                Is the child in danger?
                  1. Yes
                  2. No
                  3. Not sure

                > no
                # before the answer's output
                Who are you?
                  1. Parent or carer
                  2. School staff

                Ending here. This is what you have so far.

                Your action plan
                No steps yet.

                Where to get support
                  - Childline 0800 1111

                # after

                """)
    }

    @Test func inputAfterTheEndIsReportedAsADifference() {
        let complete = TranscriptReplay.record(inputs: ["quit"], comments: [], dialogue: Self.dialogue)
        let extra = Transcript(lines: complete.lines + [.input("more")])
        let result = TranscriptReplay.replay(extra, dialogue: Self.dialogue)
        #expect(!result.passed)
        #expect(result.diff(name: "x").contains("-> more\n"))
    }

    @Test func freeTextIsReplacedWithStandIns() {
        let inputs = [
            "no", "parent", "https://real.example.com/private", "help", "my secret words", "www.other.org/x", "back",
            "done",
        ]
        #expect(
            PrivateText.replacingFreeText(in: inputs, dialogue: Self.dialogue) == [
                "no", "parent", "https://example.org/1", "help", "(text removed)", "https://example.org/2", "back",
                "done",
            ])
    }

    @Test func coverageNamesWhatNoTranscriptReaches() {
        let run = TranscriptReplay.replay(
            TranscriptReplay.record(inputs: ["no", "parent", ""], comments: [], dialogue: Self.dialogue),
            dialogue: Self.dialogue)
        let report = CoverageReport(dialogue: Self.dialogue, runs: [("one.transcript", run.events)])
        #expect(
            report.rendered() == """
                Coverage of main.yaml
                  nodes visited: 4 of 5 (80%)
                  choices taken: 2 of 6 (33%)
                  plan items earned: 1 of 3 (33%)
                  ends reached: 1 of 1 (100%)
                  ends, and the transcripts that reach each:
                    finish (main.yaml:52): one.transcript
                  plan items, and the transcripts that earn each:
                    Call 999 in an emergency. (main.yaml:25): no transcript
                    Tell your DSL today. (main.yaml:45): no transcript
                    Report these addresses (main.yaml:47): one.transcript
                  not reached by any transcript:
                    main.yaml:23: node emergency
                    main.yaml:16: choice danger: Yes
                    main.yaml:22: choice danger: Not sure
                    main.yaml:32: choice who: School staff
                    main.yaml:36: choice who: Staff only answer

                """)
    }

    @Test func unifiedDiffNumbersEachSide() {
        let diff = LineDiff.unified(
            old: ["a", "b", "c"], new: ["a", "x", "c", "d"], oldNumbers: [1, 2, 3], newNumbers: [1, 2, 3, 4],
            oldName: "old", newName: "new")
        #expect(diff == "--- old\n+++ new\n@@ -1,3 +1,4 @@\n a\n-b\n+x\n c\n+d\n")
        #expect(
            LineDiff.unified(old: ["a"], new: ["a"], oldNumbers: [1], newNumbers: [1], oldName: "o", newName: "n") == ""
        )
    }
}
