import Foundation
import TestSupport
import Testing

/// `signpost dump`: JSON on standard output, or a `file:line:column` error on standard error and status 1.
@Suite struct DumpCommandTests {
    private func temporaryFile(_ bytes: [UInt8]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("signpost-\(UUID().uuidString).yaml")
        try Data(bytes).write(to: url)
        return url
    }

    @Test func printsJSON() throws {
        let file = try temporaryFile(Array("ask: Is the child safe?\nchoices: [Yes, No]\n".utf8))
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try SignpostProcess.run(["dump", file.path])
        #expect(result.status == 0)
        #expect(
            result.standardOutput
                == "{\n  \"ask\": \"Is the child safe?\",\n  \"choices\": [\n    \"Yes\",\n    \"No\"\n  ]\n}\n")
        #expect(result.standardError.isEmpty)
    }

    @Test func reportsAParseErrorWithItsPlace() throws {
        let file = try temporaryFile(Array("ask: one\nask: two\n".utf8))
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try SignpostProcess.run(["dump", file.path])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(
            result.standardError == """
                \(file.path):2:1: error: the key 'ask' appears twice here; each key may be given once [SP113]
                ask: two
                ^~~
                    In YAML terms: a mapping has this key twice.
                \(file.path):1:1: note: 'ask' first appears here
                ask: one
                ^~~

                """)
    }

    @Test func reportsBinaryInput() throws {
        let file = try temporaryFile([0x61, 0x3A, 0x20, 0xFF, 0xFE, 0x00])
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try SignpostProcess.run(["dump", file.path])
        #expect(result.status == 1)
        #expect(
            result.standardError.hasPrefix(
                "\(file.path):1:4: error: this byte is not valid UTF-8; save the file as UTF-8 text [SP102]\n"))
    }

    @Test func reportsMissingFilesAndFolders() throws {
        let missing = try SignpostProcess.run(["dump", "no-such-file.yaml"])
        #expect(missing.status == 1)
        #expect(missing.standardError == "no-such-file.yaml: error: no such file [SP201]\n")
        let folder = try SignpostProcess.run(["dump", "Tests"])
        #expect(folder.status == 1)
        #expect(folder.standardError == "Tests: error: this is a folder, not a file [SP202]\n")
    }

    @Test func colourOnlyWhenAllowed() throws {
        // Standard error is a pipe here, so even without NO_COLOR there is no colour.
        let result = try SignpostProcess.run(["dump", "no-such-file.yaml"], environment: ["NO_COLOR": ""])
        #expect(!result.standardError.contains("\u{1B}["))
    }
}
