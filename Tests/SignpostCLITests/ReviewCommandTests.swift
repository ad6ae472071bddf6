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
        try Data(
            text.replacingOccurrences(
                of: "every-ending-mentions: [Childline, NSPCC helpline]",
                with: "every-ending-mentions: [NSPCC helpline]"
            ).utf8
        )
        .write(to: main)
        let refused = try SignpostProcess.run(["check", "--today", "2026-11-25", "--against", "HEAD"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("REMOVED:  every ending mentions Childline"))
        #expect(refused.standardError.contains("run check again with --weaken-guarantees"))
        let confirmed = try SignpostProcess.run(
            ["check", "--today", "2026-11-25", "--against", "HEAD", "--weaken-guarantees"], in: folder)
        #expect(confirmed.status == 0)
        let diff = try SignpostProcess.run(["diff", "--against", "HEAD"], in: folder)
        #expect(diff.status == 1)
        #expect(diff.standardOutput.contains("!!! GUARANTEES WEAKENED: 1 removed, 0 narrowed !!!"))
        #expect(diff.standardOutput.contains("0 situations changed, 0 added, 0 removed"))
    }

    @Test func checkAgainstARevisionPassesWhenTheGuaranteesAreKept() throws {
        guard let folder = try committedCopy() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let kept = try SignpostProcess.run(["check", "--today", "2026-11-25", "--against", "HEAD"], in: folder)
        #expect(kept.status == 0)
        #expect(kept.standardOutput.contains("Guarantees compared with HEAD: none removed or narrowed."))
        let unknown = try SignpostProcess.run(
            ["check", "--today", "2026-11-25", "--against", "no-such-revision"], in: folder)
        #expect(unknown.status == 1)
        #expect(unknown.standardError.contains("cannot read the revision"))
    }

    @Test func situationsStartsWithItsCount() throws {
        let result = try SignpostProcess.run(["situations"])
        #expect(result.status == 0)
        let first = result.standardOutput.prefix { $0 != "\n" }
        // The shipped dialogue has far more plans than a reviewer reads one by one: they are grouped, and
        // the count line says how (issue 18), in a few hundred lines per thousand situations.
        #expect(first.contains(" situations, "))
        #expect(first.contains(" distinct plans, in "))
        #expect(first.hasSuffix(" groups"))
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count < 5_000)
        // Unlike `outline`'s lines of up to 154 columns, every line fits a terminal 80 columns wide.
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.filter { $0.count > 80 }.prefix(3))")
        let html = try SignpostProcess.run(["situations", "--format", "html"])
        #expect(html.standardOutput.hasPrefix("<!doctype html>"))
    }
}

/// `situations --write-transcripts`: one transcript per situation not yet covered, which all pass.
@Suite struct SituationTranscriptsCommandTests {
    static let dialogue = """
        title: T
        reviewed: 2026-11-25
        sources: [A source]
        start: who
        nodes:
          who:
            ask: Who are you?
            choices:
              - label: A parent
                go: parent
              - label: School staff
                set: [staff]
                go: pause
          parent:
            plan: Talk to the child.
            next: done
          pause:
            say: Tell the DSL first.
            pause: true
            plan: Tell the DSL.
            next: done
          done:
            end: That is all.

        """

    @Test func transcriptsWrittenIntoAnEmptyFolderAllPassAndCoverEveryPlanItem() throws {
        let folder = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.dialogue.utf8).write(to: folder.appendingPathComponent("main.yaml"))
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("explore"), withIntermediateDirectories: false)
        let written = try SignpostProcess.run(
            ["situations", "main.yaml", "--write-transcripts", "explore"], in: folder)
        #expect(written.status == 0, "\(written.standardError)")
        #expect(written.standardOutput == "Wrote 2 transcripts to explore; 0 of 2 situations were covered already.\n")
        let staff = try String(
            contentsOf: folder.appendingPathComponent("explore/situation-0002.transcript"), encoding: .utf8)
        #expect(staff.contains("# expect-plan: Tell the DSL.\n"))
        #expect(staff.contains("> School staff\n"))
        let attributes = try FileManager.default.attributesOfItem(
            atPath: folder.appendingPathComponent("explore/situation-0001.transcript").path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let replayed = try SignpostProcess.run(["test", "--coverage", "explore"], in: folder)
        #expect(replayed.status == 0, "\(replayed.standardOutput)")
        #expect(replayed.standardOutput.hasPrefix("2 transcripts: 2 passed, 0 failed\n"))
        #expect(replayed.standardOutput.contains("plan items earned: 2 of 2 (100%)"))
        let again = try SignpostProcess.run(["situations", "main.yaml", "--write-transcripts", "explore"], in: folder)
        #expect(again.standardOutput == "Wrote 0 transcripts to explore; 2 of 2 situations were covered already.\n")
    }

    @Test func aFolderThatIsNotThereIsRefused() throws {
        let folder = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.dialogue.utf8).write(to: folder.appendingPathComponent("main.yaml"))
        let result = try SignpostProcess.run(["situations", "main.yaml", "--write-transcripts", "missing"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError == "Error: missing is not a folder; make it first.\n")
    }
}

/// `test --update` will not accept, as a change of words, a plan that no longer names a service.
@Suite struct LostServiceUpdateTests {
    @Test func aPlanThatLosesChildlineIsNotUpdatedWithoutForce() throws {
        let folder = try makeScratchCopyOfDialogues()
        defer { try? FileManager.default.removeItem(at: folder) }
        let removal = folder.appendingPathComponent("Dialogues/removal.yaml")
        let text = try String(contentsOf: removal, encoding: .utf8)
        let old = "plan: \"Point the child to Childline, 0800 1111. For you: NSPCC, 0808 800 5000.\""
        #expect(text.contains(old))
        try Data(text.replacingOccurrences(of: old, with: "plan: \"For you: NSPCC, 0808 800 5000.\"").utf8).write(
            to: removal)
        let transcript = folder.appendingPathComponent("Dialogues/transcripts/sextortion.transcript")
        let before = try String(contentsOf: transcript, encoding: .utf8)
        let result = try SignpostProcess.run(
            ["test", "--update", "Dialogues/transcripts/sextortion.transcript"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.standardOutput.contains(
                "FAIL Dialogues/transcripts/sextortion.transcript: the plan no longer shows Childline (0800 1111) [SP409]\n"
            ))
        #expect(result.standardOutput.contains("Updated 0 transcripts; 1 not updated."))
        #expect(try String(contentsOf: transcript, encoding: .utf8) == before)
    }
}
