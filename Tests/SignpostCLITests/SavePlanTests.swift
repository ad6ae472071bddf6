import Foundation
import TestSupport
import Testing

/// `save` writes the plan where the adult asks: a new file, readable only by them from the first
/// byte, never over another file, never in a folder that is not there; and `hide` leaves at once.
@Suite struct SavePlanTests {
    /// A dialogue that gathers addresses and then asks a question, so a plan with typed entries can be
    /// saved before the end.
    static let dialogue = """
        title: Save test
        start: urls
        support: [Childline, for young people]
        nodes:
          urls:
            collect: Paste each web address.
            into: urls
            next: report
          report:
            plan:
              - text: Report these addresses.
                list: urls
            ask: Ready?
            choices:
              - Yes: done
          done:
            end: Bye.
        """

    private func scratchWithDialogue() throws -> URL {
        let folder = try makeScratchFolder()
        try Data(Self.dialogue.utf8).write(to: folder.appendingPathComponent("save.yaml"))
        return folder
    }

    @Test func savesThePlanOwnerOnlyWithoutWhatWasTyped() throws {
        let folder = try scratchWithDialogue()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = "https://example.org/private\n\nsave my-plan.txt\n"
        let result = try SignpostProcess.run(["--dialogue", "save.yaml"], input: input, in: folder)
        #expect(result.status == 0)
        let file = folder.appendingPathComponent("my-plan.txt")
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let saved = try String(contentsOf: file, encoding: .utf8)
        #expect(saved.hasPrefix("Save test\n\nYour action plan\n  1. Report these addresses.\n\n"))
        #expect(saved.contains("Where to get support"))
        #expect(!saved.contains("example.org/private"), "typed addresses stay out unless asked for")
        let output = result.standardOutput.replacingOccurrences(of: "\n", with: " ")
        #expect(output.contains("Your plan is saved in \(file.standardizedFileURL.path). Only you can read the file."))
        #expect(output.contains("The web addresses you typed were left out"))
    }

    @Test func refusesToOverwriteAndSaysWhy() throws {
        let folder = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let existing = folder.appendingPathComponent("plan.txt")
        try Data("mine".utf8).write(to: existing)
        let result = try SignpostProcess.run([], input: "save plan.txt\nsave missing/plan.txt\nquit\n", in: folder)
        #expect(try String(contentsOf: existing, encoding: .utf8) == "mine")
        let output = result.standardOutput.replacingOccurrences(of: "\n", with: " ")
        #expect(
            output.contains(
                "Your plan was not saved: there is already a file called plan.txt. Choose another name. Nothing was written."
            ))
        #expect(output.contains("Your plan was not saved: there is no folder called missing."))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("missing").path))
    }

    @Test func withAnswersIncludesThemWhenAsked() throws {
        let folder = try scratchWithDialogue()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = "https://example.org/kept\n\nsave all.txt with answers\n"
        _ = try SignpostProcess.run(["--dialogue", "save.yaml"], input: input, in: folder)
        let saved = try String(contentsOf: folder.appendingPathComponent("all.txt"), encoding: .utf8)
        #expect(saved.contains("https://example.org/kept"))
        #expect(saved.contains("  1. Report these addresses.\n     - https://example.org/kept\n"))
    }

    @Test func hideLeavesAtOnceWritingNothingMore() throws {
        let result = try SignpostProcess.run([], input: "no\nhide\nparent\n")
        #expect(result.status == 0)
        #expect(!result.standardOutput.contains("What has happened?"))
        #expect(!result.standardOutput.contains("Your action plan"))
    }
}
