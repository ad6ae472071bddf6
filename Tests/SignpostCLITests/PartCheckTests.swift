import Foundation
import TestSupport
import Testing

/// Issue 18: `check Dialogues/school.yaml` on a part checks it as part of the dialogue that includes
/// it, so a misspelt key fails instead of passing with "never used".
@Suite struct PartCheckTests {
    @Test func aPartIsCheckedWithTheDialogueThatIncludesIt() throws {
        let folder = try makeScratchCopyOfDialogues()
        defer { try? FileManager.default.removeItem(at: folder) }
        let part = folder.appendingPathComponent("Dialogues/school.yaml")
        let text = try String(contentsOf: part, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0 == "    say:" })
        var edited = lines
        edited[line] = "    sya:"
        try Data(edited.joined(separator: "\n").utf8).write(to: part)

        let result = try SignpostProcess.run(["check", "--today", "2026-11-25", "Dialogues/school.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("Dialogues/school.yaml:\(line + 1):5: error: unknown key 'sya'"))
        #expect(
            result.standardOutput.contains(
                "Dialogues/school.yaml is included by Dialogues/signpost.yaml, and was checked as part of it.\n"))
        #expect(!result.standardOutput.contains("never used"))
    }

    @Test func aCleanPartPassesAndSaysWhereItWasChecked() throws {
        let result = try SignpostProcess.run(["check", "--today", "2026-11-25", "Dialogues/school.yaml"])
        #expect(result.status == 0)
        #expect(
            result.standardOutput
                == "Dialogues/school.yaml is included by Dialogues/signpost.yaml, and was checked as part of it.\nNo problems found in 1 dialogue.\n"
        )
    }
}
