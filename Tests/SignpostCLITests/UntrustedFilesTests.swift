import Foundation
import TestSupport
import Testing

/// Issue 12's reproducers for files that must not be read, quoted or written as they were: includes
/// reaching outside the dialogue's folder, devices, files that are not dialogues, include explosions,
/// link loops, a transcript's `# dialogue:` line, and the file `record` writes.
@Suite(.serialized) struct UntrustedFilesTests {
    static let secret = "SECRET_TOKEN=hunter2-do-not-print"

    /// A fresh folder holding `files`, removed by the caller.
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "signpost-untrusted-\(UUID().uuidString)")
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: false, encoding: .utf8)
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func main(including include: String) -> String {
        "title: T\nstart: a\ninclude: \(include)\nnodes:\n  a:\n    say: Hi.\n    next: b\n  b:\n    end: Bye.\n"
    }

    static func check(_ file: String, in folder: URL) throws -> SignpostProcess.Output {
        try SignpostProcess.run(["check", file], environment: ["SECRET_TOKEN": "hunter2-do-not-print"], in: folder)
    }

    static func expectNoLeak(_ output: SignpostProcess.Output, sourceLocation: SourceLocation = #_sourceLocation) {
        let all = output.standardOutput + output.standardError
        #expect(!all.contains("hunter2"), sourceLocation: sourceLocation)
        #expect(!all.contains("root:"), sourceLocation: sourceLocation)
        #expect(!all.contains("outside-secret"), sourceLocation: sourceLocation)
        #expect(!all.contains("\u{1B}"), sourceLocation: sourceLocation)
    }

    @Test func includeOfProcSelfEnvironIsRefusedWithoutPrintingTheEnvironment() throws {
        let folder = try Self.folder(["main.yaml": Self.main(including: "/proc/self/environ")])
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try Self.check("main.yaml", in: folder)
        Self.expectNoLeak(output)
        #expect(output.status == 1)
        #expect(
            output.standardOutput.contains(
                "main.yaml:3:10: error: cannot include '/proc/self/environ': an absolute path is not allowed; name the file relative to this one"
            ))
    }

    @Test(arguments: [
        "/etc/shadow", "/etc/passwd", "../../../../../../etc/passwd", "../outside.yaml", "sub/../../outside.yaml",
    ])
    func includesLeavingTheFolderAreRefused(include: String) throws {
        let folder = try Self.folder([
            "dialogue/main.yaml": Self.main(including: include), "outside.yaml": "nodes:\n  outside-secret: [\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try Self.check("dialogue/main.yaml", in: folder)
        Self.expectNoLeak(output)
        #expect(output.status == 1)
        #expect(output.standardOutput.contains("error: cannot include '\(include)'"))
    }

    @Test func aLinkInsideTheFolderToAFileOutsideIsRefused() throws {
        let folder = try Self.folder([
            "dialogue/main.yaml": Self.main(including: "parts.yaml"), "outside.yaml": "nodes:\n  outside-secret: [\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("dialogue/parts.yaml").path, withDestinationPath: "../outside.yaml")
        let output = try Self.check("dialogue/main.yaml", in: folder)
        Self.expectNoLeak(output)
        #expect(
            output.standardOutput.contains(
                "cannot include 'parts.yaml': it is outside the folder of the main dialogue; only files in that folder or below can be included"
            ))
    }

    @Test func aDeviceIsRefusedWithoutBeingRead() throws {
        let folder = try Self.folder(["main.yaml": Self.main(including: "zero.yaml")])
        defer { try? FileManager.default.removeItem(at: folder) }
        // /dev/zero would be read for ever; the check must see it is a device first. A link is the
        // only way to put one inside the folder.
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("zero.yaml").path, withDestinationPath: "/dev/zero")
        let output = try Self.check("main.yaml", in: folder)
        #expect(output.status == 1)
        #expect(
            output.standardOutput.contains("cannot include 'zero.yaml': it is outside the folder of the main dialogue")
                || output.standardOutput.contains("cannot include 'zero.yaml': it is a device, not a dialogue file"))

        // A pipe inside the folder, which would block a reader for ever.
        let pipe = try Self.folder(["main.yaml": Self.main(including: "pipe.yaml")])
        defer { try? FileManager.default.removeItem(at: pipe) }
        #expect(mkfifo(pipe.appendingPathComponent("pipe.yaml").path, 0o600) == 0)
        let piped = try Self.check("main.yaml", in: pipe)
        #expect(piped.status == 1)
        #expect(piped.standardOutput.contains("cannot include 'pipe.yaml': it is a pipe, not a dialogue file"))

        let direct = try SignpostProcess.run(["check", "/dev/zero"], in: folder)
        #expect(direct.status == 1)
        #expect(direct.standardOutput.contains("/dev/zero: error: it is a device, not a dialogue file [SP202]"))
    }

    @Test func filesThatAreNotDialoguesAreRefusedWithoutQuotingThem() throws {
        var files = [
            "main.yaml": "title: T\nstart: a\ninclude: [notes.txt, binary.yaml]\nnodes:\n  a:\n    end: Bye.\n"
        ]
        files["notes.txt"] = "outside-secret\n"
        let folder = try Self.folder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("nodes:\n  outside-secret\u{1B}[2J: \u{FF}\u{FE}".utf8 + [0xFF, 0x00]).write(
            to: folder.appendingPathComponent("binary.yaml"))
        let output = try Self.check("main.yaml", in: folder)
        Self.expectNoLeak(output)
        #expect(
            output.standardOutput.contains(
                "cannot include 'notes.txt': only a dialogue file, whose name ends in .yaml or .yml, can be named here")
        )
        #expect(
            output.standardOutput.contains(
                "cannot include 'binary.yaml': it is not UTF-8 text (a byte that is not UTF-8 at line 2, column "))
    }

    @Test func aChainOfFilesEachIncludingTheNextTwiceLoadsEachOnce() throws {
        // Loaded 2^depth times before: depth 16 took 3.6 s and depth 30 never finished.
        let depth = 40
        var files = [
            "main.yaml":
                "title: T\nstart: n0\ninclude: [f1.yaml, f1.yaml]\nnodes:\n  n0:\n    say: Hi.\n    next: n\(depth)\n"
        ]
        for level in 1...depth {
            let include = level < depth ? "include: [f\(level + 1).yaml, f\(level + 1).yaml]\n" : ""
            files["f\(level).yaml"] = include + "nodes:\n  n\(level):\n    end: Bye \(level).\n"
        }
        let folder = try Self.folder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try SignpostProcess.run(["outline", "main.yaml"], in: folder)
        #expect(output.standardError == "")
        #expect(output.status == 0)
        #expect(output.standardOutput.components(separatedBy: "Bye 1.").count == 2, "each file's nodes appear once")
    }

    @Test func twoLinksToTheFolderMakeACycleNotAnExplosion() throws {
        let folder = try Self.folder([
            "main.yaml": Self.main(including: "a/x.yaml"),
            "x.yaml": "include: [a/x.yaml, b/x.yaml]\nnodes:\n  x:\n    end: X.\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("a").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("b").path, withDestinationPath: ".")
        let output = try Self.check("main.yaml", in: folder)
        #expect(output.status == 1)
        #expect(
            output.standardOutput.contains(
                "x.yaml:1:11: error: 'a/x.yaml' includes itself, directly or through other files"))
        #expect(output.standardOutput.utf8.count < 4000)
    }

    @Test func aLinkToItselfIsReportedAsACycle() throws {
        let folder = try Self.folder(["main.yaml": Self.main(including: "loop.yaml")])
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("loop.yaml").path, withDestinationPath: "loop.yaml")
        let output = try Self.check("main.yaml", in: folder)
        #expect(output.status == 1)
        #expect(
            output.standardOutput.contains(
                "main.yaml:3:10: error: 'loop.yaml' includes itself, directly or through other files"))
        #expect(!output.standardOutput.contains("no such file"))
    }

    @Test(arguments: ["/proc/self/environ", "../../../../../../proc/self/environ", "/etc/passwd", "../../outside.yaml"])
    func aTranscriptsDialogueLineFollowsTheSameRule(dialogue: String) throws {
        let folder = try Self.folder([
            "tests/t/evil.transcript": "# dialogue: \(dialogue)\nHello\n", "outside.yaml": "title: outside-secret\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try SignpostProcess.run(
            ["test", "t"], environment: ["SECRET_TOKEN": "hunter2-do-not-print"],
            in: folder.appendingPathComponent("tests"))
        Self.expectNoLeak(output)
        #expect(output.status == 1)
        #expect(
            output.standardOutput.hasPrefix(
                "1 transcript: 0 passed, 1 failed\nFAIL t/evil.transcript: its dialogue '\(dialogue)' cannot be used: ")
        )
    }

    @Test func escapeSequencesInFilesAreShownNotObeyed() throws {
        let folder = try Self.folder([
            "main.yaml": "title: T\nstart: a\nnodes:\n  a:\n    say: \"\\e]0;PWNED\\a\"\n    nxt: \u{1B}[2J\u{202E}b\n",
            "t/x.transcript": "# dialogue: ../ok.yaml\nHello \u{1B}[2J\u{202E}\n",
            "ok.yaml": "title: T\nstart: a\nnodes:\n  a:\n    end: Bye.\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let check = try SignpostProcess.run(["check", "main.yaml"], in: folder)
        #expect(!(check.standardOutput + check.standardError).contains("\u{1B}"))
        #expect(!(check.standardOutput + check.standardError).contains("\u{202E}"))
        #expect(check.standardOutput.contains("    nxt: \\e[2J\\u{202E}b\n"))

        let test = try SignpostProcess.run(["test", "t"], in: folder)
        #expect(test.status == 1)
        #expect(!test.standardOutput.contains("\u{1B}"))
        #expect(test.standardOutput.contains("-Hello \\e[2J\\u{202E}\n"))
    }
}
