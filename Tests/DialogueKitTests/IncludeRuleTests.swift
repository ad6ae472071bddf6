import Testing

@testable import DialogueKit

/// The core's half of confined includes (issue 12), with files in memory: names, bytes, each file
/// loaded once, cycles. The disk's half (links, devices, real paths) is in UntrustedFilesTests.
struct IncludeRuleTests {
    static let main = "title: T\nstart: a\ninclude: INCLUDE\nnodes:\n  a:\n    end: Bye.\n"

    static func load(including include: String, others: [String: String] = [:], path: String = "main.yaml")
        -> LoadOutcome
    {
        loadDialogue(main.replacingOccurrences(of: "INCLUDE", with: include), others: others, path: path)
    }

    @Test(arguments: [
        ("/proc/self/environ", "an absolute path is not allowed; name the file relative to this one"),
        ("/etc/shadow", "an absolute path is not allowed; name the file relative to this one"),
        ("~/secret.yaml", "an absolute path is not allowed; name the file relative to this one"),
        ("notes.txt", "only a dialogue file, whose name ends in .yaml or .yml, can be named here"),
        (
            "../../etc/x.yaml",
            "it is outside the folder of the main dialogue; only files in that folder or below can be included"
        ),
        (
            "parts/../../x.yaml",
            "it is outside the folder of the main dialogue; only files in that folder or below can be included"
        ),
    ])
    func namesThatCannotBeIncluded(include: String, reason: String) {
        let result = Self.load(including: include, others: ["x.yaml": "nodes:\n  secret: [\n"])
        #expect(diagnosticLines(result) == ["main.yaml:3:10: error: cannot include '\(include)': \(reason)"])
    }

    @Test func anIncludeMayNotClimbOutOfTheMainDialoguesFolderFromASubfolder() {
        let result = loadDialogue(
            Self.main.replacingOccurrences(of: "INCLUDE", with: "parts/a.yaml"),
            others: ["d/parts/a.yaml": "include: ../../x.yaml\nnodes:\n  p:\n    end: P.\n", "x.yaml": "nodes: {}\n"],
            path: "d/main.yaml")
        #expect(
            diagnosticLines(result) == [
                "d/parts/a.yaml:1:10: error: cannot include '../../x.yaml': it is outside the folder of the main dialogue; only files in that folder or below can be included"
            ])
    }

    @Test func bytesThatAreNotUTF8TextAreRefusedWithoutBeingQuoted() {
        var files = InMemoryFiles([
            "main.yaml": Self.main.replacingOccurrences(of: "INCLUDE", with: "[nul.yaml, bad.yaml]")
        ])
        files.files["nul.yaml"] = Array("nodes:\n  secret: x\u{0}".utf8)
        files.files["bad.yaml"] = Array("nodes:\n  secret: ".utf8) + [0xC3, 0x28]
        let result = DialogueLoader(files: files).load("main.yaml")
        #expect(
            diagnosticLines(result) == [
                "main.yaml:3:11: error: cannot include 'nul.yaml': it is not UTF-8 text (a NUL byte at line 2, column 12)",
                "main.yaml:3:21: error: cannot include 'bad.yaml': it is not UTF-8 text (a byte that is not UTF-8 at line 2, column 11)",
            ])
        #expect(!renderedDiagnostics(result).contains("secret"))
    }

    @Test func aChainOfFilesEachIncludingTheNextTwiceLoadsEachFileOnce() {
        // 2^60 loads before; now sixty.
        let depth = 60
        var others: [String: String] = [:]
        for level in 1...depth {
            let include = level < depth ? "include: [f\(level + 1).yaml, f\(level + 1).yaml]\n" : ""
            others["f\(level).yaml"] = include + "nodes:\n  n\(level):\n    end: Bye.\n"
        }
        let result = Self.load(including: "[f1.yaml, f1.yaml]", others: others)
        #expect(result.diagnostics.isEmpty)
        #expect(result.sources.count == depth + 1)
        #expect(result.dialogue?.nodes.count == depth + 1)
    }

    @Test func aFileIncludedByTwoOthersIsLoadedOnceWithoutDuplicateNodes() {
        let result = Self.load(
            including: "[a.yaml, b.yaml]",
            others: [
                "a.yaml": "include: shared.yaml\nnodes:\n  x:\n    end: X.\n",
                "b.yaml": "include: shared.yaml\nnodes:\n  y:\n    end: Y.\n",
                "shared.yaml": "nodes:\n  s:\n    end: S.\n",
            ])
        #expect(result.diagnostics.isEmpty)
        #expect(result.dialogue?.nodes.map(\.id).sorted() == ["a", "s", "x", "y"])
    }

    @Test func namesAreCheckedForForm() {
        #expect(IncludeRule.problem(withName: "parts/more.yaml") == nil)
        #expect(IncludeRule.problem(withName: "More.YML") == nil)
        #expect(IncludeRule.problem(withName: "") != nil)
        #expect(IncludeRule.problem(withName: "a\u{1B}[2J.yaml")?.reason == "the file name holds a control character")
        #expect(IncludeRule.problem(withBytes: Array("café ✓\n".utf8)) == nil)
        #expect(IncludeRule.problem(withBytes: [0xED, 0xA0, 0x80]) != nil, "a surrogate is not UTF-8")
        #expect(IncludeRule.problem(withBytes: [0xC0, 0x80]) != nil, "an overlong NUL is not UTF-8")
    }
}
