import Foundation
import TestSupport
import Testing

/// Follows the guide's "After you add a question" list end to end on a scratch copy of the default
/// dialogue: the commands are read from docs/authoring.md and run in order, as an author would.
@Suite struct AfterAddingAQuestionTests {
    static let expectedCommands = [
        "swift run signpost check",
        "swift run signpost test",
        "swift run signpost record --force Dialogues/transcripts/NAME.transcript",
        "swift run signpost record Dialogues/transcripts/NEW-CHOICE.transcript",
        "swift run signpost test --coverage",
        "swift run signpost graph --format dot | dot -Tsvg > docs/dialogue.svg",
    ]

    /// The command lines of the `sh` blocks in the guide's section.
    static func checklistCommands() throws -> [String] {
        let guide = try String(contentsOf: packageRoot.appendingPathComponent("docs/authoring.md"), encoding: .utf8)
        let section = try #require(guide.components(separatedBy: "\n## After you add a question\n").dropFirst().first)
            .components(separatedBy: "\n## ")[0]
        var commands: [String] = []
        var inBlock = false
        for line in section.components(separatedBy: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if line.hasPrefix("```") {
                inBlock = line == "```sh"
            } else if inBlock, !line.isEmpty {
                commands.append(line)
            }
        }
        return commands
    }

    /// Runs a guide command in `folder`, with the built binary for `swift run signpost`.
    static func run(_ command: String, input: String = "", in folder: URL) throws -> SignpostProcess.Output {
        let words = command.replacingOccurrences(of: "swift run signpost ", with: "").split(separator: " ").map(
            String.init)
        return try SignpostProcess.run(words, input: input, in: folder)
    }

    @Test func theChecklistWorksEndToEnd() throws {
        let commands = try Self.checklistCommands()
        #expect(commands == Self.expectedCommands)
        guard commands == Self.expectedCommands else { return }

        let folder = try makeScratchCopyOfDialogues()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("docs"), withIntermediateDirectories: true)
        let dialogueFile = folder.appendingPathComponent("Dialogues/signpost.yaml")
        let dialogue = try String(contentsOf: dialogueFile, encoding: .utf8)
        // The new question goes between the first message that leads to 'age' and 'age'.
        let next = try #require(dialogue.range(of: "    next: age\n"))
        let question = """
                next: talked

              talked:
                ask: Has the child talked to anyone else about it?
                choices:
                  - label: Yes, to a friend or another adult
                    go: age
                  - label: No, not yet
                    go: age

            """
        try dialogue.replacingCharacters(in: next, with: question).write(
            to: dialogueFile, atomically: true, encoding: .utf8)

        // 1. check
        let check = try Self.run(commands[0], in: folder)
        #expect(check.status == 0, "\(check.standardOutput)")

        // 2. test, then re-record each transcript whose route changed, answering the new question.
        let test = try Self.run(commands[1], in: folder)
        #expect(test.status == 1)
        let failures = test.standardOutput.components(separatedBy: "\n").filter { $0.hasPrefix("FAIL ") }
        #expect(!failures.isEmpty)
        // The answers of a re-recorded transcript, for a new one that takes the other new choice.
        var template: [String]?
        var newAnswerAt = 0
        for failure in failures {
            let parts = failure.dropFirst(5).components(separatedBy: ": ")
            let name = parts[0]
            #expect(parts[1].hasPrefix("route changed"), "\(failure)")
            let file = folder.appendingPathComponent(name)
            let text = try String(contentsOf: file, encoding: .utf8)
            let lines = text.components(separatedBy: "\n")
            var inputs: [(line: Int, text: String)] = lines.enumerated().compactMap { index, line in
                guard line.hasPrefix(">") else { return nil }
                return (index + 1, line.hasPrefix("> ") ? String(line.dropFirst(2)) : "")
            }
            if parts[1].hasPrefix("route changed at line "),
                let number = Int(parts[1].dropFirst("route changed at line ".count)),
                let position = inputs.firstIndex(where: { $0.line == number })
            {
                inputs.insert((0, "1"), at: position)
                if template == nil { (template, newAnswerAt) = (inputs.map(\.text), position) }
            }
            let command = commands[2].replacingOccurrences(of: "Dialogues/transcripts/NAME.transcript", with: name)
            let recorded = try Self.run(command, input: inputs.map { $0.text + "\n" }.joined(), in: folder)
            #expect(recorded.status == 0, "\(recorded.standardError)")
            let rerecorded = try String(contentsOf: file, encoding: .utf8)
            try rerecorded.replacingOccurrences(of: "# Recorded with signpost record.\n", with: lines[0] + "\n")
                .write(to: file, atomically: true, encoding: .utf8)
        }

        // 3. a transcript for the new choice no re-recorded transcript takes, saying what it proves.
        var answers = try #require(template, "some transcript met the new question")
        answers[newAnswerAt] = "2"
        let command = commands[3].replacingOccurrences(of: "NEW-CHOICE", with: "talked-no")
        let recorded = try Self.run(command, input: answers.map { $0 + "\n" }.joined(), in: folder)
        #expect(recorded.status == 0, "\(recorded.standardError)")
        let file = folder.appendingPathComponent("Dialogues/transcripts/talked-no.transcript")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(
            of: "# Recorded with signpost record.\n",
            with: "# The child has not talked to anyone yet.\n# expect-node: talked\n"
        )
        .write(to: file, atomically: true, encoding: .utf8)

        // 4. everything passes and every choice is taken.
        let coverage = try Self.run(commands[4], in: folder)
        #expect(coverage.status == 0, "\(coverage.standardOutput)")
        #expect(coverage.standardOutput.contains(" 0 failed\n"))
        #expect(
            !coverage.standardOutput.contains(": choice "), "a choice no transcript takes:\n\(coverage.standardOutput)")

        // 5. the picture, redrawn with the guide's exact command where Graphviz is installed.
        let dot = ["/usr/bin/dot", "/usr/local/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) }
        if dot != nil {
            let shell = Process()
            shell.executableURL = URL(fileURLWithPath: "/bin/sh")
            shell.arguments = [
                "-c",
                commands[5].replacingOccurrences(
                    of: "swift run signpost", with: "'\(SignpostProcess.executable.path)'"),
            ]
            shell.currentDirectoryURL = folder
            try shell.run()
            shell.waitUntilExit()
            #expect(shell.terminationStatus == 0)
            let svg = try String(contentsOf: folder.appendingPathComponent("docs/dialogue.svg"), encoding: .utf8)
            #expect(svg.contains("<svg") && svg.contains("talked"))
        } else {
            #expect(!RequiredTool.isCI, "Graphviz is missing; .ci/run installs it")
            let graph = try Self.run("swift run signpost graph --format dot", in: folder)
            #expect(graph.standardOutput.contains("talked"))
        }
    }
}
