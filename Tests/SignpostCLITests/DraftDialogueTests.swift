import Foundation
import TestSupport
import Testing

/// `run --dialogue` and `record` check a dialogue from disk as `signpost check` does and refuse one with
/// errors (here an answer the `save` command would swallow, and a clear-screen escape), unless the
/// author asks for a draft; even then, nothing it holds reaches the terminal or the transcript raw.
@Suite(.serialized) struct DraftDialogueTests {
    static let dialogue = """
        title: Draft
        start: keep
        nodes:
          keep:
            say: "Hello\\e[2J\\u202E."
            ask: What will you do first?
            choices:
              - label: Save the messages
                go: finish
              - label: Tell someone
                go: finish
          finish:
            end: Done.
        """

    static func folder() throws -> URL {
        try UntrustedFilesTests.folder(["draft.yaml": dialogue])
    }

    @Test(arguments: [["run", "--dialogue", "draft.yaml"], ["record", "a.transcript", "--dialogue", "draft.yaml"]])
    func aDialogueWithErrorsIsRefused(arguments: [String]) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try SignpostProcess.run(arguments, input: "tell someone\n", in: folder)
        #expect(output.status == 1)
        #expect(output.standardOutput.isEmpty)
        #expect(output.standardError.contains("the answer 'Save the messages' can never be chosen"))
        #expect(output.standardError.contains("To try a draft anyway, add --allow-draft."))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("a.transcript").path))
    }

    @Test func aDraftRunsWhenAskedWithItsTextMadeSafe() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try SignpostProcess.run(
            ["record", "a.transcript", "--dialogue", "draft.yaml", "--allow-draft"], input: "tell someone\n", in: folder
        )
        #expect(output.status == 0)
        #expect(output.standardError.contains("Note: running a draft with"))
        let transcript = try String(contentsOf: folder.appendingPathComponent("a.transcript"), encoding: .utf8)
        for text in [output.standardOutput, transcript] {
            #expect(text.contains("Hello\\e[2J"))
            #expect(!text.contains("\u{1B}") && !text.contains("\u{202E}"))
        }
    }
}
