import TestSupport
import Testing

@testable import DialogueKit

/// What the core now works out once and shares (see docs/performance.md, "What the shipped dialogue
/// costs"): each share must give exactly what working it out again gave.
@Suite struct SharedPreparationTests {
    static func dialogue(_ answer: String, ending: String) -> String {
        """
        title: T
        start: q
        nodes:
          q:
            ask: Which?
            choices:
              - label: \(answer)
                go: done
              - label: Other
                go: done
          done:
            end: \(ending)
        """
    }

    /// One tester makes one engine per dialogue and keeps it for the transcripts that name it: two
    /// dialogues whose transcripts are tested in turn each keep their own answers and ending.
    @Test func aTesterKeepsOneEnginePerDialogue() throws {
        let files = InMemoryFiles([
            "a.yaml": Self.dialogue("Apples", ending: "Bye from A."),
            "b.yaml": Self.dialogue("Bananas", ending: "Bye from B."),
        ])
        var recorder = DialogueWorkspace(files: files)
        var transcripts: [(path: String, text: String)] = []
        for (name, answer) in [("a", "Apples"), ("b", "Bananas")] {
            let dialogue = try #require(recorder.outcome(for: "\(name).yaml").dialogue)
            let recorded = TranscriptReplay.record(
                inputs: [answer], comments: [" dialogue: \(name).yaml"], dialogue: dialogue)
            transcripts.append(("\(name).transcript", recorded.rendered()))
        }
        var tester = TranscriptTester(files: files)
        for transcript in transcripts + transcripts.reversed() + transcripts {
            let verdict = tester.test(transcript.path, text: transcript.text).verdict
            guard case .passed = verdict else {
                Issue.record("\(transcript.path) did not pass when tested after the other dialogue's transcript")
                continue
            }
        }
    }

    /// A prepared question hands out the matcher it made for every answer, and a fresh one for fewer:
    /// both read each line as a matcher made from scratch does.
    @Test(arguments: [[0, 1, 2], [0, 2], [1]])
    func aPreparedMatcherReadsAsAFreshOne(offered: [Int]) {
        let lexicon = PreparedQuestionTests.lexicon
        let options: [AnswerMatcher.Option] = [
            .init(label: "Yes", synonyms: ["they are hurt"]), .init(label: "No", safe: true), .init(label: "Not sure"),
        ]
        let prepared = PreparedQuestion(
            options: options, lexicon: lexicon, question: "Are they hurt?",
            shared: PreparedQuestion.SharedWords(lexicon))
        let fresh = AnswerMatcher(
            options: offered.map { options[$0] }, lexicon: lexicon, question: "Are they hurt?")
        let handed = prepared.matcher(offering: offered)
        #expect(handed.options == fresh.options)
        for line in ["yes", "no", "3", "not sure", "hes hurt", "nope shes fine", "maybe"] {
            #expect(handed.read(line) == fresh.read(line), "\(line) with answers \(offered)")
        }
    }
}
