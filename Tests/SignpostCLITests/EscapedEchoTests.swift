import Foundation
import TestSupport
import Testing

/// What the tools echo never reaches the terminal raw: `dump`'s JSON, the file name `record` names,
/// the paths `test` found nothing in, an argument ArgumentParser quotes, and a name `save` would create.
@Suite(.serialized) struct EscapedEchoTests {
    static let raw = ["\u{1B}", "\u{85}", "\u{9B}", "\u{2028}", "\u{202E}", "\u{7F}"]

    static func expectNoRaw(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for character in raw {
            #expect(
                !text.contains(character), "\(character.unicodeScalars.map(\.value))", sourceLocation: sourceLocation)
        }
    }

    @Test func dumpEscapesC1ControlsSeparatorsAndOverrides() throws {
        let folder = try UntrustedFilesTests.folder(["x.yaml": "text: \"a\\e[2J b\\N c\\L d\\u202E e\\u009B f\\x7F\"\n"]
        )
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try SignpostProcess.run(["dump", "x.yaml"], in: folder)
        #expect(output.status == 0)
        #expect(
            output.standardOutput == "{\n  \"text\": \"a\\u001b[2J b\\u0085 c\\u2028 d\\u202e e\\u009b f\\u007f\"\n}\n")
        Self.expectNoRaw(output.standardOutput)
    }

    @Test func argumentsAreEchoedEscaped() throws {
        let folder = try UntrustedFilesTests.folder([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        let hostile = "a\u{1B}]0;owned\u{07}\u{202E}b"
        let outputs = [
            try SignpostProcess.run(["test", hostile], in: folder),
            try SignpostProcess.run(["record", "r\u{1B}[2J.transcript"], input: "quit\n", in: folder),
            try SignpostProcess.run(["check", "--format", hostile], in: folder),
            try SignpostProcess.run(["--no-such-option\u{1B}[2J"], in: folder),
        ]
        for output in outputs { Self.expectNoRaw(output.standardOutput + output.standardError) }
        #expect(outputs[1].standardError.contains("Recording to r\\e[2J.transcript."))
        #expect(outputs[2].status != 0 && outputs[3].status != 0)
    }

    @Test func saveRefusesANameWithAControlCharacter() throws {
        let folder = try UntrustedFilesTests.folder([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try SignpostProcess.run([], input: "save plan\u{1B}[2J.txt\nquit\n", in: folder)
        #expect(output.standardOutput.contains("the name holds a control or hidden character"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
        Self.expectNoRaw(output.standardOutput)
    }
}
