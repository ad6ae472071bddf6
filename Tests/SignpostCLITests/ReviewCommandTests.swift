import Foundation
import TestSupport
import Testing

/// `signpost situations`, `diff` and `check --against` as an author and a reviewer run them.
@Suite struct ReviewCommandTests {
    /// A scratch git repository holding the shipped `Dialogues/`, committed; `nil` (and a recorded issue)
    /// when git cannot be run, so the test fails rather than passing quietly.
    private func committedCopy() throws -> URL? {
        let folder = try makeScratchCopyOfDialogues()
        let setup = try ShellRun.run(
            "git init -q . && git -c user.name=t -c user.email=t@example.org add Dialogues && git -c user.name=t -c user.email=t@example.org commit -qm base",
            in: folder)
        guard setup.status == 0 else {
            Issue.record("git is needed for this test: \(setup.standardError)")
            return nil
        }
        return folder
    }

    @Test func checkAgainstARevisionFailsWhenAGuaranteeIsRemoved() throws {
        guard let folder = try committedCopy() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let main = folder.appendingPathComponent("Dialogues/signpost.yaml")
        let text = try String(contentsOf: main, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "every-ending-mentions: [Childline, NSPCC helpline]", with: "every-ending-mentions: [NSPCC helpline]").utf8)
            .write(to: main)
        let refused = try SignpostProcess.run(["check", "--today", "2026-11-25", "--against", "HEAD"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("REMOVED:  every ending mentions Childline"))
        #expect(refused.standardError.contains("run check again with --weaken-guarantees"))
        let confirmed = try SignpostProcess.run(["check", "--today", "2026-11-25", "--against", "HEAD", "--weaken-guarantees"], in: folder)
        #expect(confirmed.status == 0)
        let diff = try SignpostProcess.run(["diff", "--against", "HEAD"], in: folder)
        #expect(diff.status == 0)
        #expect(diff.standardOutput.contains("!!! GUARANTEES WEAKENED: 1 removed, 0 narrowed !!!"))
        #expect(diff.standardOutput.contains("0 situations changed, 0 added, 0 removed"))
    }

    @Test func checkAgainstARevisionPassesWhenTheGuaranteesAreKept() throws {
        guard let folder = try committedCopy() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let kept = try SignpostProcess.run(["check", "--today", "2026-11-25", "--against", "HEAD"], in: folder)
        #expect(kept.status == 0)
        #expect(kept.standardOutput.contains("Guarantees compared with HEAD: none removed or narrowed."))
        let unknown = try SignpostProcess.run(["check", "--today", "2026-11-25", "--against", "no-such-revision"], in: folder)
        #expect(unknown.status == 1)
        #expect(unknown.standardError.contains("cannot read the revision"))
    }

    @Test func situationsStartsWithItsCount() throws {
        let result = try SignpostProcess.run(["situations"])
        #expect(result.status == 0)
        let first = result.standardOutput.prefix { $0 != "\n" }
        #expect(first.hasSuffix("distinct plans"))
        #expect(first.contains(" situations, "))
        let html = try SignpostProcess.run(["situations", "--format", "html"])
        #expect(html.standardOutput.hasPrefix("<!doctype html>"))
    }
}
