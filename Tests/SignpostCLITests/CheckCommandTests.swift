import Foundation
import TestSupport
import Testing

/// `signpost check`, `graph` and `outline` as an author runs them.
@Suite struct CheckCommandTests {
    @Test func theShippedDialoguesAreClean() throws {
        let result = try SignpostProcess.run(["check", "--today", "2026-11-25"])
        #expect(result.status == 0)
        #expect(result.standardOutput == "No problems found in 1 dialogue.\n")
    }

    @Test func findingsAsTextAndJSON() throws {
        let folder = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(
            """
            title: Broken
            start: a
            nodes:
              a:
                ask: Call 0800 111?
                choices:
                  - Yes: b
              b:
                end: Bye.

            """.utf8
        ).write(to: folder.appendingPathComponent("broken.yaml"))
        let text = try SignpostProcess.run(["check", "--today", "2026-11-25", "broken.yaml"], in: folder)
        #expect(text.status == 1)
        #expect(
            text.standardOutput == """
                broken.yaml:5:15: error: the phone number '0800 111' is not in the contact list ('contacts:' in broken.yaml); if it is right, add it there under its service [SP311]
                    ask: Call 0800 111?
                              ^~~~~~~~
                broken.yaml:1:1: warning: the dialogue has no 'reviewed' date saying when the advice was last checked [SP317]
                title: Broken
                ^~~~~
                broken.yaml:1:1: warning: the dialogue lists no 'sources' for its advice [SP318]
                title: Broken
                ^~~~~
                1 error and 2 warnings in 1 dialogue.

                """)
        let json = try SignpostProcess.run(
            ["check", "--today", "2026-11-25", "--format", "json", "broken.yaml"], in: folder)
        #expect(json.status == 1)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect(object["errors"] as? Int == 1)
        #expect(object["warnings"] as? Int == 2)
        let first = try #require((object["findings"] as? [[String: Any]])?.first)
        #expect(first["file"] as? String == "broken.yaml")
        #expect(first["line"] as? Int == 5)
        #expect(first["severity"] as? String == "error")
    }

    @Test func partsThatNoDialogueIncludesAreReported() throws {
        let folder = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("nodes:\n  x:\n    end: Bye.\n".utf8).write(to: folder.appendingPathComponent("stray.yaml"))
        let result = try SignpostProcess.run(["check", "--today", "2026-11-25", "."], in: folder)
        #expect(result.status == 0)
        #expect(
            result.standardOutput.hasPrefix(
                "./stray.yaml: warning: no dialogue includes this file, and it has no 'start' of its own, so it is never used [SP212]\n"
            ))
    }

    @Test func graphAndOutline() throws {
        let dot = try SignpostProcess.run(["graph"])
        #expect(dot.status == 0)
        #expect(dot.standardOutput.hasPrefix("digraph dialogue {\n"))
        #expect(dot.standardOutput.contains("\"danger\" -> \"emergency\" [label=\"Not sure\"];"))
        let mermaid = try SignpostProcess.run(["graph", "--format", "mermaid", "Dialogues/signpost.yaml"])
        #expect(mermaid.standardOutput.hasPrefix("flowchart TD\n  start((start)) --> n_danger\n"))
        let outline = try SignpostProcess.run(["outline"])
        #expect(
            outline.standardOutput.hasPrefix(
                "Dialogues/signpost.yaml: When a nude or sexual image of a child has been shared\ndanger [ask] Is the child in immediate danger right now?\n"
            ))
        let bad = try SignpostProcess.run(["graph", "--format", "png"])
        #expect(bad.status != 0)
        #expect(bad.standardError.contains("png"))
    }
}
