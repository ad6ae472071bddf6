import Foundation
import TestSupport
import Testing

/// Privacy by default, proved: a whole conversation writes nothing anywhere and makes no network call.
@Suite(.serialized) struct PrivacyTests {
    /// A conversation to its end, with a private web address typed at the collection question.
    static let conversation =
        "no\nparent\ntold\n2\nno\n1\nhttps://private.example.com/my-child\n\nplan\nback\nrestart\nquit\n"

    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "signpost-privacy-\(UUID().uuidString)")
        for name in ["home", "tmp", "work"] {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        return folder
    }

    /// Every file and folder below `folder`.
    static func contents(_ folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []).sorted()
    }

    @Test func aWholeConversationWritesNothingUnderAFreshHomeAndTmpdir() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let home = folder.appendingPathComponent("home")
        let tmp = folder.appendingPathComponent("tmp")
        let work = folder.appendingPathComponent("work")
        let output = try SignpostProcess.run(
            [], input: Self.conversation,
            environment: [
                "HOME": home.path, "TMPDIR": tmp.path, "XDG_CONFIG_HOME": home.path + "/.config",
                "XDG_CACHE_HOME": home.path + "/.cache", "XDG_DATA_HOME": home.path + "/.local/share",
            ],
            in: work)
        #expect(output.status == 0)
        #expect(output.standardOutput.contains("Your action plan"))
        #expect(Self.contents(home) == [])
        #expect(Self.contents(tmp) == [])
        #expect(Self.contents(work) == [])
    }

    @Test(.enabled(if: RequiredTool.shouldRun("strace"), "strace is not installed"))
    func aWholeConversationMakesNoSocketCallAndOpensNothingForWriting() throws {
        try #require(RequiredTool.isInstalled("strace"), "strace is missing; .ci/run installs it")
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("input.txt")
        try Self.conversation.write(to: input, atomically: false, encoding: .utf8)
        let output = try ShellRun.run(
            #"strace -f -qq -e trace=network,openat,open,creat -o "$TRACE" "$SIGNPOST" < "$INPUT" > /dev/null"#,
            environment: ["TRACE": folder.appendingPathComponent("trace.txt").path, "INPUT": input.path],
            in: folder.appendingPathComponent("work"))
        #expect(output.status == 0)
        let trace = try String(contentsOf: folder.appendingPathComponent("trace.txt"), encoding: .utf8)
        let calls = trace.split(separator: "\n")
        #expect(calls.count > 3, "strace saw the program")
        let network = calls.filter { ["socket(", "connect(", "sendto(", "bind("].contains(where: $0.contains) }
        #expect(network.isEmpty, "\(network)")
        let writing = calls.filter {
            ($0.contains("O_WRONLY") || $0.contains("O_RDWR") || $0.contains("O_CREAT") || $0.contains("creat("))
        }
        #expect(writing.isEmpty, "\(writing)")
    }
}
