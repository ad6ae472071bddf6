import Foundation
import TestSupport
import Testing

/// Issue 19's reproducers for files trusted blindly: a dialogue found in a folder, or named, that is a
/// link out of its folder; a transcript linked to a `/proc` file; a chain of includes; endless input.
/// Every file passes one confinement and size rule, after links, on its target.
@Suite(.serialized) struct ConfinedFilesTests {
    static let secret = "hunter2-do-not-print"
    static let dialogue = "title: T\nstart: a\nnodes:\n  a:\n    say: Hi.\n    next: b\n  b:\n    end: Bye.\n"

    static func folder(_ files: [String: String], links: [String: String] = [:]) throws -> URL {
        let folder = try UntrustedFilesTests.folder(files)
        for (name, target) in links {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
        }
        return folder
    }

    static func expectNoLeak(_ output: ProcessOutput, sourceLocation: SourceLocation = #_sourceLocation) {
        let all = output.standardOutput + output.standardError
        #expect(!all.contains(secret), sourceLocation: sourceLocation)
        #expect(!all.contains("root:"), sourceLocation: sourceLocation)
        #expect(!all.contains("SECRET_TOKEN"), sourceLocation: sourceLocation)
    }

    @Test(arguments: ["/proc/self/environ", "/etc/passwd"])
    func aLinkFoundInTheFolderIsRefusedWithoutQuotingIt(target: String) throws {
        let folder = try Self.folder(["Dialogues/main.yaml": Self.dialogue], links: ["Dialogues/leak.yaml": target])
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try SignpostProcess.run(["check"], environment: ["SECRET_TOKEN": Self.secret], in: folder)
        Self.expectNoLeak(output)
        #expect(output.status == 1)
        #expect(output.standardOutput.contains("Dialogues/leak.yaml: error: it is a link that leads out of its folder"))
    }

    @Test(arguments: ["outline", "graph", "check"])
    func aMainDialogueThatIsALinkOutIsRefused(command: String) throws {
        let folder = try Self.folder([:], links: ["main.yaml": "/etc/passwd"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try SignpostProcess.run([command, "main.yaml"], in: folder)
        Self.expectNoLeak(output)
        #expect(output.status != 0)
        #expect((output.standardOutput + output.standardError).contains("it is a link that leads out of its folder"))
    }

    /// `/proc/self/pagemap` says it is empty and holds gigabytes: the link is refused before a byte is read.
    @Test func aTranscriptLinkedToAProcFileIsRefused() throws {
        let folder = try Self.folder([:], links: ["t/big.transcript": "/proc/self/pagemap"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try ShellRun.run("ulimit -v 4000000; \"$SIGNPOST\" test t; echo \"status=$?\"", in: folder)
        #expect(output.standardOutput.contains("FAIL t/big.transcript: it is a link that leads out of its folder"))
        #expect(output.standardOutput.hasSuffix("status=1\n"))
    }

    /// A transcript over the size limit inside the folder is refused too, by the same rule.
    @Test func aTranscriptLinkedToALargeFileInsideIsRefusedBySize() throws {
        let large = String(repeating: "# a comment line that pads the file out\n", count: 60_000)
        let folder = try Self.folder(["t/real.data": large], links: ["t/big.transcript": "real.data"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try SignpostProcess.run(["test", "t"], in: folder)
        #expect(
            output.standardOutput.contains(
                "FAIL t/big.transcript: the file is larger than 2 MiB, the most a transcript may be"))
        #expect(output.status == 1)
    }

    @Test func aLongChainOfIncludesStopsWithAMessage() throws {
        var files = [
            "main.yaml":
                "title: T\nstart: a\ninclude: p1.yaml\nnodes:\n  a:\n    say: Hi.\n    next: b\n  b:\n    end: Bye.\n"
        ]
        for index in 1...200 {
            files["p\(index).yaml"] = "include: p\(index + 1).yaml\nnodes:\n  n\(index):\n    end: E.\n"
        }
        files["p201.yaml"] = "nodes:\n  last:\n    end: E.\n"
        let folder = try Self.folder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try SignpostProcess.run(["check", "main.yaml"], in: folder)
        #expect(output.status == 1)
        #expect(
            output.standardOutput.contains(
                "p63.yaml:1:10: error: cannot include 'p64.yaml': includes may be nested at most 64 deep"))
    }

    /// Endless input with no line break: memory and time stay bounded, and the conversation ends as at
    /// the end of input, with the plan.
    @Test func endlessInputWithoutALineBreakEnds() throws {
        let output = try ShellRun.run(
            "ulimit -v 3000000; timeout 30 \"$SIGNPOST\" < /dev/zero > out.txt 2>&1; echo \"status=$?\"; grep -c 'too long' out.txt; rm -f out.txt",
            in: FileManager.default.temporaryDirectory)
        #expect(output.standardOutput.hasPrefix("status=0\n1\n"), "\(output.standardOutput)")
    }
}
