import Foundation
import TestSupport
import Testing

/// Issue 18, on the shipped dialogue: a choice inserted in the middle of "What has happened?" changes
/// what a typed "3" means; `test` names the line where the 3 was typed, not a later one.
@Suite struct StaleTranscriptLineTests {
    @Test func theLineWhereTheTypedNumberChangedMeaningIsNamed() throws {
        let folder = try makeScratchCopyOfDialogues()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = "Dialogues/transcripts/typed-numbers.transcript"
        let recorded = try SignpostProcess.run(["record", path], input: "3\n1\n3\n2\n1\n", in: folder)
        #expect(recorded.status == 0, "\(recorded.standardError)")
        let transcript = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
        let lines = transcript.split(separator: "\n", omittingEmptySubsequences: false)
        let inputs = lines.indices.filter { lines[$0].hasPrefix("> ") }
        #expect(inputs.count == 5)
        let typedAtWhatHappened = try #require(inputs.dropFirst(2).first) + 1

        let main = folder.appendingPathComponent("Dialogues/signpost.yaml")
        let text = try String(contentsOf: main, encoding: .utf8)
        let seen = "      - label: I have seen the image online\n"
        #expect(text.contains(seen))
        try Data(
            text.replacingOccurrences(
                of: seen, with: "      - label: I heard about it from another parent\n        go: worried\n" + seen
            ).utf8
        )
        .write(to: main)

        let result = try SignpostProcess.run(["test", path], in: folder)
        #expect(result.status == 1)
        #expect(
            result.standardOutput.contains(
                "FAIL \(path): route changed at line \(typedAtWhatHappened): '3' at 'What has happened?' now chooses "
                    + "'I heard about it from another parent' (it chose 'I have seen the image online' when recorded) [SP416]\n"
            ))
        #expect(
            result.standardOutput.contains(
                "also: the conversation now ends at 'finish' (it used to stop before any end)"))
    }
}
