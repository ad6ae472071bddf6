import Foundation
import TestSupport
import Testing

/// Issue 18: `signpost diff` exits like diff(1): 0 when nothing changed, 1 when something did, 2 when
/// it could not compare, so a script or CI step can act on it.
@Suite struct DiffExitStatusTests {
    @Test func sameIsZeroChangedIsOneTroubleIsTwo() throws {
        let folder = try makeScratchCopyOfDialogues()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            at: folder.appendingPathComponent("Dialogues"), to: folder.appendingPathComponent("Old"))
        let same = try SignpostProcess.run(["diff", "Old", "Dialogues"], in: folder)
        #expect(same.status == 0, "\(same.standardError)")

        let removal = folder.appendingPathComponent("Dialogues/removal.yaml")
        let text = try String(contentsOf: removal, encoding: .utf8)
        let old = "plan: \"Point the child to Childline, 0800 1111. For you: NSPCC, 0808 800 5000.\""
        #expect(text.contains(old))
        try Data(text.replacingOccurrences(of: old, with: "plan: \"Point the child to Childline, 0800 1111.\"").utf8)
            .write(to: removal)
        let changed = try SignpostProcess.run(["diff", "Old", "Dialogues"], in: folder)
        #expect(changed.status == 1)
        #expect(changed.standardOutput.contains("situations changed"))

        let missing = try SignpostProcess.run(["diff", "Old", "Nowhere"], in: folder)
        #expect(missing.status == 2)
    }
}
