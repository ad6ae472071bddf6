import Foundation
import TestSupport
import Testing

/// Every example in docs/authoring.md is checked: whole dialogues load with no errors; each mistake
/// gives exactly the output the guide shows; fragments parse.
@Suite struct AuthoringGuideTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var yaml: String
        var isFragment: Bool
        /// The `text` block that follows, if any: what `check` prints for this example.
        var expectedOutput: String?
        var line: Int

        var testDescription: String { "docs/authoring.md:\(line)" }
    }

    static let examples: [Example] = {
        let url = SignpostProcess.packageRoot.appendingPathComponent("docs/authoring.md")
        let lines = ((try? String(contentsOf: url, encoding: .utf8)) ?? "").components(separatedBy: "\n")
        var blocks: [(info: String, body: String, line: Int)] = []
        var index = 0
        while index < lines.count {
            if lines[index].hasPrefix("```"), lines[index].count > 3 {
                let info = String(lines[index].dropFirst(3))
                let start = index + 1
                var end = start
                while end < lines.count, lines[end] != "```" { end += 1 }
                blocks.append((info, lines[start..<end].map { $0 + "\n" }.joined(), start))
                index = end + 1
            } else {
                index += 1
            }
        }
        var examples: [Example] = []
        for (position, block) in blocks.enumerated() where block.info.hasPrefix("yaml") {
            let next = position + 1 < blocks.count ? blocks[position + 1] : nil
            examples.append(
                Example(
                    yaml: block.body, isFragment: block.info.contains("fragment"),
                    expectedOutput: next?.info == "text" ? next?.body : nil, line: block.line))
        }
        return examples
    }()

    @Test func theGuideHasItsExamples() {
        #expect(Self.examples.filter { $0.expectedOutput != nil }.count == 12)
        #expect(Self.examples.filter { !$0.isFragment && $0.expectedOutput == nil }.count == 4)
    }

    @Test(arguments: examples)
    func exampleBehavesAsTheGuideSays(example: Example) throws {
        let folder = try makeScratchFolder("signpost-guide")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(example.yaml.utf8).write(to: folder.appendingPathComponent("mistake.yaml"))
        if example.isFragment {
            let dump = try SignpostProcess.run(["dump", "mistake.yaml"], in: folder)
            #expect(dump.status == 0, "\(dump.standardError)")
            return
        }
        let check = try SignpostProcess.run(["check", "--today", "2026-11-25", "mistake.yaml"], in: folder)
        if let expected = example.expectedOutput {
            #expect(check.standardOutput + check.standardError == expected)
            #expect(check.status == 1)
        } else {
            #expect(check.status == 0, "\(check.standardOutput)")
            if example.yaml.contains("guarantees:") {
                #expect(check.standardOutput == "No problems found in 1 dialogue.\n")
            }
        }
    }
}
