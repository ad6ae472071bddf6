import Foundation
import TestSupport
import Testing

/// `signpost test` and `signpost record` on a scratch copy of the default dialogue.
@Suite struct TranscriptCommandTests {
    @Test func passesOnTheShippedTranscripts() throws {
        let result = try SignpostProcess.run(["test", "--coverage"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("PASS Dialogues/transcripts/sextortion.transcript\n"))
        #expect(result.standardOutput.contains("  choices taken: 44 of 44 (100%)\n"))
        #expect(result.standardOutput.components(separatedBy: "\n").first?.hasSuffix(" passed, 0 failed") == true)
    }

    @Test func aChangedSentenceFailsWithADiffAndUpdateRepairsIt() throws {
        let folder = try makeScratchCopyOfDialogues()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dialogue = folder.appendingPathComponent("Dialogues/signpost.yaml")
        let original = try String(contentsOf: dialogue, encoding: .utf8)
        try original.replacingOccurrences(
            of: "Stop replying, and block the person.", with: "Stop replying and block them."
        )
        .write(to: dialogue, atomically: true, encoding: .utf8)

        let count = try FileManager.default.contentsOfDirectory(
            atPath: folder.appendingPathComponent("Dialogues/transcripts").path
        )
        .filter { $0.hasSuffix(".transcript") }.count
        let failing = try SignpostProcess.run(["test"], in: folder)
        #expect(failing.status == 1)
        #expect(
            failing.standardOutput.contains(
                "FAIL Dialogues/transcripts/sextortion.transcript: the words differ from line 41, at node 'threats' (Dialogues/signpost.yaml:"
            ))
        #expect(
            failing.standardOutput.contains("-Stop replying, and block the person.\n+Stop replying and block them.\n"))
        // The DSL whose pupil is blackmailed, and the parent of an 18-year-old, read the same sentence: one
        // diff serves all three.
        #expect(
            failing.standardOutput.contains(
                "FAIL Dialogues/transcripts/dsl-blackmail.transcript: the words differ from line 52"))
        #expect(failing.standardOutput.contains("3 transcripts differ the same way; the diff of "))
        #expect(failing.standardOutput.hasPrefix("\(count) transcripts: \(count - 3) passed, 3 failed\n"))

        let updated = try SignpostProcess.run(["test", "--update"], in: folder)
        #expect(updated.status == 0)
        #expect(
            updated.standardOutput.contains(
                "  updated Dialogues/transcripts/sextortion.transcript: the words differ from line 41, at node 'threats'"
            ))
        #expect(updated.standardOutput.hasSuffix("\nUpdated 3 transcripts.\n"))

        let passing = try SignpostProcess.run(["test"], in: folder)
        #expect(passing.status == 0)
        #expect(passing.standardOutput.hasPrefix("\(count) transcripts: \(count) passed, 0 failed\n"))
        let transcript = try String(
            contentsOf: folder.appendingPathComponent("Dialogues/transcripts/sextortion.transcript"), encoding: .utf8)
        #expect(transcript.hasPrefix("# A mum whose 14-year-old is being blackmailed"))
    }

    @Test func updateRefusesWhenTheDialogueHasErrors() throws {
        let folder = try makeScratchCopyOfDialogues()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dialogue = folder.appendingPathComponent("Dialogues/signpost.yaml")
        let original = try String(contentsOf: dialogue, encoding: .utf8)
        try original.replacingOccurrences(of: "next: age\n", with: "next: aeg\n").write(
            to: dialogue, atomically: true, encoding: .utf8)
        let before = try String(
            contentsOf: folder.appendingPathComponent("Dialogues/transcripts/sextortion.transcript"), encoding: .utf8)

        let result = try SignpostProcess.run(
            ["test", "--update", "Dialogues/transcripts/sextortion.transcript"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.standardOutput.contains(
                "FAIL Dialogues/transcripts/sextortion.transcript: its dialogue Dialogues/signpost.yaml does not load [SP422]\n"
            ))
        #expect(
            result.standardOutput.contains(
                "  not updated Dialogues/transcripts/sextortion.transcript: fix its dialogue or its '# dialogue:' line first\n"
            ))
        #expect(result.standardError.contains("error: there is no node called 'aeg'; did you mean 'age'?"))
        let after = try String(
            contentsOf: folder.appendingPathComponent("Dialogues/transcripts/sextortion.transcript"), encoding: .utf8)
        #expect(before == after)
    }

    @Test func recordThenTestRoundTripsAndKeepsAddressesPrivate() throws {
        let folder = try makeScratchCopyOfDialogues()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = "Dialogues/transcripts/new.transcript"
        let recorded = try SignpostProcess.run(
            ["record", path], input: "no\nparent\ntold\nno\n14\n1\nhttps://private.example.com/my-child\n\n", in: folder
        )
        #expect(recorded.status == 0)
        #expect(
            recorded.standardError.hasPrefix("Recording to \(path). The conversation is saved there when it ends.\n"))
        #expect(recorded.standardError.contains("Saved this conversation to \(path), readable only by you."))
        let file = folder.appendingPathComponent(path)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(
            text.hasPrefix(
                "# Recorded with signpost record.\n# dialogue: ../signpost.yaml\nIs the child in immediate danger right now?\n"
            ))
        #expect(text.contains("> https://example.org/1\n"))
        #expect(!text.contains("private.example.com"))
        let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)

        let replayed = try SignpostProcess.run(["test", path], in: folder)
        #expect(replayed.status == 0)
        #expect(replayed.standardOutput == "1 transcript: 1 passed, 0 failed\nPASS \(path)\n")

        let refused = try SignpostProcess.run(["record", path], input: "quit\n", in: folder)
        #expect(refused.status == 1)
        #expect(
            refused.standardError
                == "\(path): error: the file exists already; choose another name, or add --force to overwrite it [SP430]\n"
        )

        let kept = try SignpostProcess.run(
            ["record", path, "--force", "--keep-text"],
            input: "no\nparent\ntold\nno\n14\n1\nhttps://private.example.com/x\n\n", in: folder)
        #expect(kept.status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8).contains("> https://private.example.com/x\n"))
    }

    @Test func missingPathsAndTranscriptsWithoutADialogue() throws {
        let folder = try makeScratchCopyOfDialogues()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try SignpostProcess.run(["test", "nowhere"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.standardError == "nowhere: error: no such file or folder [SP201]\n")
        try Data("Hello\n> hi\n".utf8).write(to: folder.appendingPathComponent("bare.transcript"))
        let bare = try SignpostProcess.run(["test", "bare.transcript"], in: folder)
        #expect(bare.status == 1)
        #expect(bare.standardOutput.contains("\nFAIL bare.transcript: it has no '# dialogue: FILE' line at the top"))
    }
}
