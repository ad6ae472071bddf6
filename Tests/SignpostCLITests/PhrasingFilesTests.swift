import Foundation
import TestSupport
import Testing

/// A `.phrasings` file is read through the one confinement and size rule, as every other file the
/// tools read: a link out of its folder is refused without quoting the target, and a file over the
/// phrasings limit (2 MiB, as a transcript's) is refused by size before it is parsed.
@Suite(.serialized) struct PhrasingFilesTests {
    @Test func aPhrasingsFileLinkedOutOfItsFolderIsRefusedWithoutQuotingIt() throws {
        let folder = try ConfinedFilesTests.folder(
            ["p/d.yaml": ConfinedFilesTests.dialogue], links: ["p/leak.phrasings": "/etc/passwd"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try SignpostProcess.run(["test", "p"], in: folder)
        ConfinedFilesTests.expectNoLeak(output)
        #expect(output.standardError.contains("p/leak.phrasings: error: it is a link that leads out of its folder"))
        #expect(output.status == 1)
    }

    @Test func aPhrasingsFileOverItsLimitIsRefusedBySize() throws {
        var large = "dialogue: d.yaml\nphrasings:\n  a:\n    ask:\n"
        while large.utf8.count <= 2 * 1_048_576 {
            large += "      - a phrasing that pads the file out past its limit\n"
        }
        let folder = try ConfinedFilesTests.folder(["p/d.yaml": ConfinedFilesTests.dialogue, "p/big.phrasings": large])
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try SignpostProcess.run(["test", "p"], in: folder)
        #expect(
            output.standardError.contains(
                "p/big.phrasings: error: the file is larger than 2 MiB, the most a phrasings file may be"))
        #expect(output.status == 1)
    }
}
