import Foundation
import TestSupport
import Testing

/// Issue 18: a botched re-record (`record --force` over a transcript, with a wrong answer) used to be
/// saved without the old transcript's description and `# expect-` lines, and then passed. The lines are
/// kept, and a conversation that does not meet them is said at once (exit 1), with nothing lost.
@Suite struct RerecordExpectationsTests {
    static let path = "Dialogues/transcripts/ai-made-image.transcript"

    @Test func aBotchedRerecordKeepsTheExpectationsAndFails() throws {
        let folder = try makeScratchCopyOfDialogues()
        defer { try? FileManager.default.removeItem(at: folder) }
        // "2" at "What has happened?" is "I am worried, but nobody has told me anything": not the fake image.
        let botched = try SignpostProcess.run(
            ["record", "--force", Self.path], input: "no\nI'm her dad\n2\n", in: folder)
        #expect(botched.status == 1)
        #expect(botched.standardError.contains("expects the conversation to visit 'altered', but it never does"))
        let saved = try String(contentsOf: folder.appendingPathComponent(Self.path), encoding: .utf8)
        #expect(saved.hasPrefix("# A dad whose 16-year-old's classmates made a nude of her"))
        #expect(saved.contains("# expect-plan: treated like any other\n"))
        #expect(saved.contains("> 2\n"), "the conversation is saved, so nothing is lost")
        let tested = try SignpostProcess.run(["test", Self.path], in: folder)
        #expect(tested.status == 1)
    }

    @Test func aFaithfulRerecordKeepsTheExpectationsAndPasses() throws {
        let folder = try makeScratchCopyOfDialogues()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: folder.appendingPathComponent(Self.path), encoding: .utf8)
        let inputs = text.split(separator: "\n").filter { $0.hasPrefix("> ") }.map { $0.dropFirst(2) + "\n" }.joined()
        let again = try SignpostProcess.run(["record", "--force", Self.path], input: inputs, in: folder)
        #expect(again.status == 0, "\(again.standardError)")
        let saved = try String(contentsOf: folder.appendingPathComponent(Self.path), encoding: .utf8)
        #expect(saved.contains("# expect-node: altered\n"))
        #expect(try SignpostProcess.run(["test", Self.path], in: folder).status == 0)
    }
}
