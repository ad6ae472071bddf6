import Foundation
import TestSupport
import Testing

/// `test --update` cannot turn a suite into nonsense: after a question is added, transcripts whose
/// answers now meet it are refused, each with one line saying what changed; `--force` overrides.
@Suite struct TranscriptUpdateTests {
    /// A scratch copy of `Dialogues/` with a new question between the first answers and the age question.
    static func copyWithANewQuestion() throws -> URL {
        let folder = try makeScratchCopyOfDialogues()
        let dialogue = folder.appendingPathComponent("Dialogues/signpost.yaml")
        let original = try String(contentsOf: dialogue, encoding: .utf8)
        let question = """
              country:
                ask: Where does the child live?
                choices:
                  - England: age
                  - Wales: age
                  - Scotland: age
                  - Northern Ireland: age

              age:

            """
        try original.replacingOccurrences(of: "next: age\n", with: "next: country\n")
            .replacingOccurrences(of: "  age:\n", with: question).write(to: dialogue, atomically: true, encoding: .utf8)
        return folder
    }

    /// The line number and text of the first input typed at the age question in `transcript`.
    static func ageAnswer(in transcript: String) throws -> (line: Int, input: String) {
        let lines = transcript.components(separatedBy: "\n")
        let asked = try #require(lines.firstIndex(of: "How old is the child now?"))
        let index = try #require(lines[asked...].firstIndex { $0.hasPrefix("> ") })
        return (index + 1, String(lines[index].dropFirst(2)))
    }

    @Test func updateRefusesDerailedTranscriptsAndSaysWhy() throws {
        let folder = try Self.copyWithANewQuestion()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = "Dialogues/transcripts/sextortion.transcript"
        let before = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
        let (line, input) = try Self.ageAnswer(in: before)

        let result = try SignpostProcess.run(["test", "--update", path], in: folder)
        #expect(result.status == 1)
        #expect(result.standardOutput.hasPrefix("1 transcript: 0 passed, 1 failed\n"))
        let what = "route changed at line \(line): '\(input)' is now typed at 'Where does the child live?'"
        #expect(result.standardOutput.contains("FAIL \(path): \(what) [SP404]\n"))
        #expect(
            result.standardOutput.contains(
                "  not updated \(path): \(what); re-record it, or check it and add --force to rewrite it anyway\n"))
        #expect(result.standardOutput.hasSuffix("Updated 0 transcripts; 1 not updated.\n"))
        #expect(try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8) == before)

        let forced = try SignpostProcess.run(["test", "--update", "--force", path], in: folder)
        #expect(forced.status == 0)
        #expect(forced.standardOutput.contains("  updated \(path): \(what)\n"))
        #expect(
            try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8).contains(
                "Sorry, I did not understand '\(input)'"))
    }

    @Test func aTranscriptThatStopsAtTheNewQuestionIsRefusedToo() throws {
        // Recorded before the question is added: the conversation stops at the age question.
        let folder = try makeScratchCopyOfDialogues()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sextortion = try String(
            contentsOf: folder.appendingPathComponent("Dialogues/transcripts/sextortion.transcript"), encoding: .utf8)
        let (line, _) = try Self.ageAnswer(in: sextortion)
        let inputs = sextortion.components(separatedBy: "\n").prefix(line - 1).filter { $0.hasPrefix("> ") }.map {
            $0.dropFirst(2) + "\n"
        }
        let path = "Dialogues/transcripts/stops.transcript"
        let recorded = try SignpostProcess.run(["record", path], input: inputs.joined(), in: folder)
        #expect(recorded.status == 0)
        let withQuestion = try Self.copyWithANewQuestion()
        defer { try? FileManager.default.removeItem(at: withQuestion) }
        try FileManager.default.copyItem(
            at: folder.appendingPathComponent(path), to: withQuestion.appendingPathComponent(path))

        let result = try SignpostProcess.run(["test", "--update", path], in: withQuestion)
        #expect(result.status == 1)
        #expect(
            result.standardOutput.contains(": the conversation now stops at 'Where does the child live?' [SP405]\n"))
        #expect(result.standardOutput.contains("FAIL \(path): route changed after line "))
        #expect(!result.standardOutput.contains("  updated \(path)"))
    }

    @Test func forceNeedsUpdate() throws {
        let result = try SignpostProcess.run(["test", "--force"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--force only makes sense with --update"))
    }

    @Test func anUnmetExpectationFailsAnOtherwiseIdenticalReplay() throws {
        let folder = try makeScratchCopyOfDialogues()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = "Dialogues/transcripts/sextortion.transcript"
        let file = folder.appendingPathComponent(path)
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(
            of: "# dialogue: ../signpost.yaml\n",
            with: "# dialogue: ../signpost.yaml\n# expect-plan: Report Remove\n# expect-no-plan: Do not pay\n"
        ).write(to: file, atomically: true, encoding: .utf8)
        let dialogueLine =
            try #require(text.components(separatedBy: "\n").firstIndex(of: "# dialogue: ../signpost.yaml")) + 1
        let result = try SignpostProcess.run(["test", path], in: folder)
        #expect(result.status == 1)
        #expect(
            result.standardOutput.contains(
                "FAIL \(path): line \(dialogueLine + 2): expects no step of the final plan to mention 'Do not pay', but one does [SP413]\n"
            ))
        #expect(!result.standardOutput.contains("'Report Remove'"), "that expectation is met")
    }

    @Test func identicalDiffsAreShownOnce() throws {
        let folder = try makeScratchCopyOfDialogues()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dialogue = folder.appendingPathComponent("Dialogues/signpost.yaml")
        let original = try String(contentsOf: dialogue, encoding: .utf8)
        try original.replacingOccurrences(
            of: "ask: Is the child in immediate danger right now?", with: "ask: Is the child in danger right now?"
        )
        .write(to: dialogue, atomically: true, encoding: .utf8)
        let result = try SignpostProcess.run(["test"], in: folder)
        #expect(result.status == 1)
        let summary = try #require(result.standardOutput.components(separatedBy: "\n").first)
        let total = try #require(Int(summary.prefix { $0.isNumber }))
        #expect(summary == "\(total) transcripts: 0 passed, \(total) failed")
        // Every transcript shows the question; all but one (which lists the questions answered) show
        // it the same way, so two diffs stand for them all.
        #expect(result.standardOutput.contains("\(total - 1) transcripts differ the same way; the diff of "))
        #expect(result.standardOutput.components(separatedBy: "\n--- ").count - 1 == 2)
    }
}

/// `record` checks where it will write before the conversation starts, and says where.
@Suite struct RecordPlaceTests {
    @Test func aMissingFolderIsReportedBeforeTheConversation() throws {
        let folder = try makeScratchCopyOfDialogues()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try SignpostProcess.run(["record", "nowhere/new.transcript"], input: "no\n", in: folder)
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty, "no conversation started")
        #expect(
            result.standardError
                == "nowhere/new.transcript: error: the folder 'nowhere' does not exist; create it first (mkdir -p nowhere) or choose another path [SP432]\n"
        )
    }

    @Test func aFolderIsNotAFile() throws {
        let folder = try makeScratchCopyOfDialogues()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try SignpostProcess.run(["record", "Dialogues/transcripts", "--force"], input: "no\n", in: folder)
        #expect(result.status == 1)
        #expect(
            result.standardError
                == "Dialogues/transcripts: error: this is a folder; name a file inside it, such as Dialogues/transcripts/new.transcript [SP431]\n"
        )
    }
}

/// On a terminal, a diff is coloured: removed lines red, added lines green.
@Suite struct ColouredDiffTests {
    @Test func diffsAreColouredOnATerminal() throws {
        let folder = try makeScratchCopyOfDialogues()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dialogue = folder.appendingPathComponent("Dialogues/signpost.yaml")
        let original = try String(contentsOf: dialogue, encoding: .utf8)
        try original.replacingOccurrences(
            of: "Stop replying, and block the person.", with: "Stop replying and block them."
        )
        .write(to: dialogue, atomically: true, encoding: .utf8)
        // Through a shell, to run inside the scratch folder: a transcript's dialogue must be inside it.
        let command =
            "cd '\(folder.path)' && exec '\(SignpostProcess.executable.path)' test Dialogues/transcripts/sextortion.transcript"
        let terminal = try PseudoTerminal(
            executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", command], environment: ["NO_COLOR": ""])
        _ = try terminal.waitFor("+Stop replying and block them.")
        #expect(try terminal.exitStatus() == 1)
        #expect(terminal.screen.contains("\u{1B}[31m-Stop replying, and block the person.\u{1B}[0m"))
        #expect(terminal.screen.contains("\u{1B}[32m+Stop replying and block them.\u{1B}[0m"))
        #expect(terminal.screen.contains("\u{1B}[31mFAIL\u{1B}[0m "))
    }
}

/// A transcript that cannot be written after all is printed, so the conversation is not lost.
@Suite struct RecordWriteFailureTests {
    @Test func theTranscriptIsPrintedWhenTheFileCannotBeWritten() throws {
        let folder = try makeScratchCopyOfDialogues()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // The folder is there when the conversation starts and gone when it ends.
        let process = Process()
        process.executableURL = SignpostProcess.executable
        process.arguments = ["record", "out/lost.transcript"]
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { _, new in new }
        let input = Pipe()
        let output = Pipe()
        let error = Pipe()
        (process.standardInput, process.standardOutput, process.standardError) = (input, output, error)
        try process.run()
        input.fileHandleForWriting.write(Data("no\nparent\n".utf8))
        Thread.sleep(forTimeInterval: 0.5)
        try FileManager.default.removeItem(at: out)
        input.fileHandleForWriting.write(Data("quit\n".utf8))
        try input.fileHandleForWriting.close()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let complaint = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(
            complaint.contains(
                "out/lost.transcript: error: could not write the transcript (No such file or directory); here it is instead, so nothing is lost"
            ))
        #expect(
            printed.contains("# dialogue: ../Dialogues/signpost.yaml\nIs the child in immediate danger right now?\n"))
        #expect(printed.contains("\n> parent\n"))
    }
}
