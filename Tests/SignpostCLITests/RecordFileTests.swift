import Foundation
import TestSupport
import Testing

/// Issue 12: `record` created its file 0666 minus the umask, renamed it, and only then made it 0600,
/// and overwrote silently a file created during the conversation.
@Suite(.serialized) struct RecordFileTests {
    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "signpost-record-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func permissions(_ url: URL) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
    }

    /// The file appears during the conversation and every other name is taken: the conversation is
    /// printed rather than lost.
    @Test func noFreeNameStillKeepsTheConversation() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script =
            #"{ sleep 1; touch a.transcript; for n in $(seq 2 99); do touch "a-$n.transcript"; done; printf 'no\nquit\n'; } | "$SIGNPOST" record a.transcript"#
        let output = try ShellRun.run(script, in: folder)
        #expect(output.status == 1)
        #expect(
            output.standardError.contains("no other name was free; here is the transcript instead, so nothing is lost"))
        #expect(output.standardOutput.contains("# Recorded with signpost record.\n"))
        #expect(output.standardOutput.contains("> no\n"))
    }

    @Test func theFileIsPrivateEvenWithAnOpenUmask() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try ShellRun.run(#"umask 000; printf 'quit\n' | "$SIGNPOST" record a.transcript"#, in: folder)
        #expect(output.status == 0)
        #expect(try Self.permissions(folder.appendingPathComponent("a.transcript")) == 0o600)
    }

    @Test(.enabled(if: RequiredTool.shouldRun("strace"), "strace is not installed"))
    func theFileIsCreatedWithOExclFromTheFirstByte() throws {
        // strace shows the one open of the transcript: O_CREAT|O_EXCL with mode 0600, and no chmod after.
        try #require(RequiredTool.isInstalled("strace"), "strace is missing; .ci/run installs it")
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try ShellRun.run(
            #"printf 'quit\n' | strace -f -e trace=open,openat,chmod,fchmod,fchmodat,rename,renameat,renameat2 -o trace.txt "$SIGNPOST" record a.transcript"#,
            in: folder)
        #expect(output.status == 0)
        let trace = try String(contentsOf: folder.appendingPathComponent("trace.txt"), encoding: .utf8)
        let opens = trace.split(separator: "\n").filter { $0.contains("a.transcript") }
        #expect(opens.count == 1, "\(opens)")
        #expect(opens.first?.contains("O_WRONLY|O_CREAT|O_EXCL") == true, "\(opens)")
        #expect(opens.first?.contains("0600") == true, "\(opens)")
        #expect(!trace.contains("chmod"))
    }

    @Test func aFileCreatedDuringTheConversationIsKept() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The file appears after record has checked the name (its first question is out) and before
        // the conversation ends.
        let output = try ShellRun.run(
            #"{ while [ ! -s out ]; do sleep 0.02; done; echo no; echo theirs > a.transcript; echo quit; } | "$SIGNPOST" record a.transcript > out"#,
            in: folder)
        #expect(output.status == 0)
        #expect(try String(contentsOf: folder.appendingPathComponent("a.transcript"), encoding: .utf8) == "theirs\n")
        let saved = folder.appendingPathComponent("a-2.transcript")
        #expect(try String(contentsOf: saved, encoding: .utf8).contains("> no\n"))
        #expect(try Self.permissions(saved) == 0o600)
        #expect(
            output.standardError.contains(
                "a.transcript was created by something else during the conversation; it is left as it was."))
        #expect(output.standardError.contains("Saved this conversation to a-2.transcript, readable only by you."))
    }

    @Test func forceReplacesWithANewPrivateFileAndNeverWritesThroughALink() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("target.txt")
        try "keep me\n".write(to: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("a.transcript").path, withDestinationPath: "target.txt")

        let refused = try ShellRun.run(#"printf 'quit\n' | "$SIGNPOST" record a.transcript"#, in: folder)
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("the file exists already"))

        let forced = try ShellRun.run(
            #"umask 000; printf 'quit\n' | "$SIGNPOST" record a.transcript --force"#, in: folder)
        #expect(forced.status == 0)
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep me\n")
        let written = folder.appendingPathComponent("a.transcript")
        let type = try FileManager.default.attributesOfItem(atPath: written.path)[.type] as? FileAttributeType
        #expect(type == .typeRegular, "the link was replaced by the new file, not followed")
        #expect(try Self.permissions(written) == 0o600)
        #expect(try String(contentsOf: written, encoding: .utf8).contains("> quit\n"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasPrefix(".signpost-record")
        }
        #expect(leftovers.isEmpty)
    }
}

/// `signpost test --update` rewrote a transcript in place, following a symbolic link wherever it led.
struct TranscriptUpdateLinkTests {
    @Test func updateReplacesALinkedTranscriptInsteadOfWritingThroughIt() throws {
        let folder = try makeScratchCopyOfDialogues()
        defer { try? FileManager.default.removeItem(at: folder) }
        let transcripts = folder.appendingPathComponent("Dialogues/transcripts")
        let original = transcripts.appendingPathComponent("sextortion.transcript")
        let stale = try String(contentsOf: original, encoding: .utf8).replacingOccurrences(
            of: "Who are you to the child?", with: "Who?")
        try stale.write(to: original, atomically: false, encoding: .utf8)
        let linked = transcripts.appendingPathComponent("linked.transcript")
        try FileManager.default.createSymbolicLink(atPath: linked.path, withDestinationPath: "sextortion.transcript")

        let result = try SignpostProcess.run(
            ["test", "--update", "Dialogues/transcripts/linked.transcript"], in: folder)
        #expect(result.standardOutput.contains("  updated Dialogues/transcripts/linked.transcript"))
        #expect(try String(contentsOf: original, encoding: .utf8) == stale, "the link's target is left alone")
        let type = try FileManager.default.attributesOfItem(atPath: linked.path)[.type] as? FileAttributeType
        #expect(type == .typeRegular)
        #expect(try String(contentsOf: linked, encoding: .utf8).contains("Who are you to the child?"))
    }
}
