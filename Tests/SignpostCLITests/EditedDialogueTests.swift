import Foundation
import TestSupport
import Testing

/// The authoring commands show what the author edited on disk; `run` keeps the built-in dialogue and
/// says when it differs from the files here.
@Suite struct EditedDialogueTests {
    static func editedCopy() throws -> URL {
        let folder = try makeScratchCopyOfDialogues()
        let file = folder.appendingPathComponent("Dialogues/signpost.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "ask: Who are you to the child?", with: "ask: How do you know the child?")
            .write(to: file, atomically: true, encoding: .utf8)
        return folder
    }

    @Test(arguments: [["outline"], ["graph", "--format", "mermaid"], ["graph"]])
    func authoringCommandsReadTheEditedFile(arguments: [String]) throws {
        let folder = try Self.editedCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try SignpostProcess.run(arguments, in: folder)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("How do you know the child?"))
    }

    @Test func runSaysWhenTheBuiltInDialogueDiffers() throws {
        let folder = try Self.editedCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let edited = try SignpostProcess.run([], input: "quit\n", in: folder)
        #expect(
            edited.standardError == """
                Note: this is the dialogue built into signpost, which differs from Dialogues/ here; to run the edited files, \
                add --dialogue Dialogues/signpost.yaml (or rebuild).

                """)
        let asBuilt = try SignpostProcess.run([], input: "quit\n")
        #expect(asBuilt.standardError.isEmpty, "the package's own Dialogues/ is what was built in")
        let empty = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: empty) }
        let elsewhere = try SignpostProcess.run([], input: "quit\n", in: empty)
        #expect(elsewhere.standardError.isEmpty, "no note outside a checkout")
    }
}
