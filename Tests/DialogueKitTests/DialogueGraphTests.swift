import Foundation
import TestSupport
import Testing

@testable import DialogueKit

/// `signpost graph` and `signpost outline`, against reviewed golden files.
@Suite struct DialogueGraphTests {
    static let goldenFolder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(
        "golden")

    private func golden(_ name: String) throws -> String {
        try String(contentsOf: Self.goldenFolder.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func dotMatchesGolden() throws {
        #expect(DotRenderer().render(ConversationEngineTests.dialogue) == (try golden("graph.dot")))
    }

    @Test func mermaidMatchesGolden() throws {
        #expect(MermaidRenderer().render(ConversationEngineTests.dialogue) == (try golden("graph.mmd")))
    }

    @Test func outlineMatchesGolden() throws {
        #expect(OutlineRenderer().render(ConversationEngineTests.dialogue) == (try golden("outline.txt")))
    }

    @Test func labelsAreEscaped() throws {
        let dialogue = try #require(
            loadDialogue(
                """
                title: Say "hi"
                start: a
                nodes:
                  a:
                    ask: Is it "safe"? \\ maybe
                    choices:
                      - "Say \\"yes\\"": b
                  b:
                    end: Bye.
                """
            ).dialogue)
        let dot = DotRenderer().render(dialogue)
        #expect(dot.contains(#"label="a\nIs it \"safe\"? \\ maybe""#))
        #expect(dot.contains(#""a" -> "b" [label="Say \"yes\""];"#))
        let mermaid = MermaidRenderer().render(dialogue)
        #expect(mermaid.contains(#"n_a{"a: Is it #quot;safe#quot;? \ maybe"}"#))
        #expect(mermaid.contains(#"n_a -- "Say #quot;yes#quot;" --> n_b"#))
    }

    /// The picture in the README is of the dialogue as it is: every node appears in it.
    @Test func theREADMEPictureShowsEveryNode() throws {
        let svg = try String(contentsOf: packageRoot.appendingPathComponent("docs/dialogue.svg"), encoding: .utf8)
        let missing = try defaultDialogue().nodes.map(\.id).filter { id in
            !svg.contains(">" + id.split(separator: "-").joined(separator: "&#45;") + "</text>")
        }
        #expect(
            missing.isEmpty,
            "docs/dialogue.svg is out of date; redraw it with: signpost graph --format dot | dot -Tsvg > docs/dialogue.svg"
        )
    }

    /// Graphviz itself accepts the output, when it is installed (CI installs it).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")))
    func graphvizRendersTheDefaultDialogue() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
        process.arguments = ["-Tsvg"]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(DotRenderer().render(try defaultDialogue()).utf8))
        try input.fileHandleForWriting.close()
        let svg = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let problems = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "dot said: \(problems)")
        #expect(problems.isEmpty)
        #expect(svg.contains("<svg"))
    }
}
