import Testing

@testable import DialogueKit

/// Each finding of `signpost check`, shown with its exact message on a small broken dialogue.
@Suite struct DialogueCheckerTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 25)

    /// A small dialogue with no findings at all; each test breaks one thing in it.
    static let clean = """
        title: Check test
        reviewed: 2026-06-01
        sources: [A source]
        start: danger
        contacts:
          Childline: [0800 1111, childline.org.uk]
          Emergency: ["999"]
        guarantees:
          first-question: danger
          works-everywhere: ["999"]
          every-ending-mentions: [Childline]
        anytime:
          - command: "999"
            go: emergency
            help: emergency advice
        support:
          - Childline on 0800 1111 or childline.org.uk.
        nodes:
          danger:
            ask: Is the child in danger?
            choices:
              - label: "Yes"
                go: emergency
              - label: "No"
                set: staff
                go: advice
          emergency:
            say: Call 999 now.
            next: advice
          advice:
            say:
              - text: Tell your lead.
                when: staff
            ask: Anything else?
            choices:
              - Nothing: finish
          finish:
            end: Take care.
        """

    private func findings(_ source: String) throws -> [String] {
        let loaded = loadDialogue(source)
        let dialogue = try #require(loaded.dialogue, "does not load: \(diagnosticLines(loaded))")
        return DialogueChecker(dialogue: dialogue, today: Self.today).findings().map { finding in
            let start = finding.source.range.start
            return
                "\(finding.source.file):\(start.line):\(start.column): \(finding.severity.rawValue): \(finding.message)"
        }
    }

    private func replacing(_ old: String, with new: String) -> String {
        precondition(Self.clean.contains(old), "test setup: '\(old)' not found")
        return Self.clean.replacingFirst(old, with: new)
    }

    @Test func theCleanDialogueHasNoFindings() throws {
        #expect(try findings(Self.clean) == [])
    }

    @Test func unreachableNode() throws {
        let source = Self.clean + "\n  orphan:\n    end: Nobody sees this.\n"
        #expect(
            try findings(source) == [
                "main.yaml:39:3: warning: no route leads to node 'orphan', so no one will ever see it"
            ])
    }

    @Test func loopWithNoWayToAnEnd() throws {
        let source = replacing(
            "      - Nothing: finish",
            with: "      - Nothing: stuck\n  stuck:\n    ask: Again?\n    choices:\n      - Again: stuck")
        #expect(
            try findings(source) == [
                "main.yaml:41:3: warning: no route leads to node 'finish', so no one will ever see it",
                "main.yaml:19:3: error: from node 'danger' the conversation can never reach an end: every way on leads round in a loop",
                "main.yaml:27:3: error: from node 'emergency' the conversation can never reach an end: every way on leads round in a loop",
                "main.yaml:30:3: error: from node 'advice' the conversation can never reach an end: every way on leads round in a loop",
                "main.yaml:37:3: error: from node 'stuck' the conversation can never reach an end: every way on leads round in a loop",
            ])
    }

    @Test func messagesInACircle() throws {
        let source = replacing(
            "    say: Call 999 now.\n    next: advice",
            with: "    say: Call 999 now.\n    next: again\n  again:\n    say: Again.\n    next: emergency")
        #expect(
            try findings(source) == [
                "main.yaml:27:3: error: from node 'emergency' the conversation can never reach an end: every way on leads round in a loop",
                "main.yaml:30:3: error: from node 'again' the conversation can never reach an end: every way on leads round in a loop",
                "main.yaml:27:3: error: these messages lead round in a circle with no question to stop at: emergency → again → emergency",
            ])
    }

    @Test func aQuestionWhoseEveryAnswerIsConditional() throws {
        let source = replacing(
            "      - Nothing: finish", with: "      - label: Nothing\n        when: staff\n        go: finish")
        #expect(
            try findings(source) == [
                "main.yaml:30:3: warning: every answer at node 'advice' has a 'when', so in some conversations it may offer no answer at all"
            ])
    }

    @Test func answersThatMatchTheSameText() throws {
        let source = replacing(
            "      - label: \"No\"\n", with: "      - label: \"No\"\n        also: [\"yes\", \"1\", back]\n")
        #expect(
            try findings(source) == [
                "main.yaml:24:16: error: at 'danger', typing 'yes' would match both 'Yes' and 'No'",
                "main.yaml:24:16: error: at 'danger', '1' is given for 'No', but typing 1 chooses answer 1, 'Yes'",
                "main.yaml:24:16: error: at 'danger', the answer 'back' can never be chosen: typing it runs the command 'back'",
            ])
    }

    @Test func answerThatClashesWithAnAnytimeCommand() throws {
        let source = replacing("      - Nothing: finish", with: "      - \"999\": finish")
        #expect(
            try findings(source) == [
                "main.yaml:36:9: error: at 'advice', the answer '999' can never be chosen: typing it runs the command '999'"
            ])
    }

    @Test func flagsSetButNotTestedAndTestedButNotSet() throws {
        let source = replacing("        when: staff", with: "        when: stafff")
        #expect(
            try findings(source) == [
                "main.yaml:24:16: warning: the flag 'staff' is set but no 'when' or 'unless' tests it",
                "main.yaml:32:15: error: the flag 'stafff' is tested but no choice sets it; did you mean 'staff'?",
            ])
    }

    @Test func controlCharactersInText() throws {
        let source = replacing("    end: Take care.", with: "    end: \"Take \\e[31mcare\\e[0m.\"")
        #expect(
            try findings(source) == [
                "main.yaml:38:10: error: this text contains a control character (U+001B), which could change how the terminal shows it"
            ])
    }

    /// Text is read 8 bytes at a time for control characters: one is found wherever it sits in a word
    /// of 8, and whatever byte it is (DEL, a C0 control, a C1 control written as two bytes).
    @Test(arguments: ["\\x7F", "\\t", "\\x01", "\\x1F", "\\x85"])
    func controlCharactersAtEveryPositionOfALongText(control: String) throws {
        let value: UInt32 =
            switch control {
            case "\\x7F": 0x7F
            case "\\t": 0x09
            case "\\x01": 0x01
            case "\\x1F": 0x1F
            default: 0x85
            }
        for position in 0..<20 {
            let text = String(repeating: "a", count: position) + control + String(repeating: "b", count: 20 - position)
            let source = replacing("    end: Take care.", with: "    end: \"\(text)\"")
            let found = try findings(source)
            #expect(found.count == 1, "at \(position)")
            #expect(
                found.first?.contains("(U+\(String(value, radix: 16, uppercase: true).leftPadded(to: 4)))") == true,
                "at \(position)")
        }
        // Printable text of every length up to 20, with and without line feeds, has no finding.
        for length in 0...20 {
            let text = "x" + String(repeating: "~ y", count: length / 3) + (length.isMultiple(of: 2) ? "\\nz" : "")
            #expect(
                try findings(replacing("    end: Take care.", with: "    end: \"\(text)\"")) == [], "length \(length)")
        }
    }

    @Test func undeclaredAndUnusedContacts() throws {
        let source = replacing(
            "    say: Call 999 now.",
            with: "    say: Call 999 now, or 0800 111, or see childline.org/help or help@example.org.")
        #expect(
            try findings(source) == [
                "main.yaml:28:27: error: the phone number '0800 111' is not in the contact list ('contacts:' in main.yaml); did you mean '0800 1111'?",
                "main.yaml:28:44: error: the address 'childline.org/help' is not in the contact list ('contacts:' in main.yaml); if it is right, add it there under its service",
                "main.yaml:28:66: error: the address 'help@example.org' is not in the contact list ('contacts:' in main.yaml); if it is right, add it there under its service",
            ])
        let unused = replacing("  Emergency: [\"999\"]", with: "  Emergency: [\"999\", \"112\"]")
        #expect(try findings(unused) == ["main.yaml:7:3: warning: '112' is listed for Emergency but no text uses it"])
    }

    @Test func reviewDateAndSources() throws {
        #expect(
            try findings(replacing("reviewed: 2026-06-01", with: "reviewed: 2025-11-24")) == [
                "main.yaml:2:1: warning: the advice was last reviewed on 2025-11-24, more than twelve months ago; check it and update 'reviewed'"
            ])
        #expect(try findings(replacing("reviewed: 2026-06-01", with: "reviewed: 2025-11-25")) == [])
        #expect(
            try findings(replacing("reviewed: 2026-06-01", with: "reviewed: June 2026")) == [
                "main.yaml:2:1: error: 'reviewed' should be a date written YYYY-MM-DD, not 'June 2026'"
            ])
        #expect(
            try findings(replacing("reviewed: 2026-06-01\nsources: [A source]\n", with: "")) == [
                "main.yaml:1:1: warning: the dialogue has no 'reviewed' date saying when the advice was last checked",
                "main.yaml:1:1: warning: the dialogue lists no 'sources' for its advice",
            ])
    }

    @Test func brokenFirstQuestionShowsThePath() throws {
        let source = replacing("start: danger", with: "start: intro").replacingFirst(
            "nodes:\n", with: "nodes:\n  intro:\n    ask: Ready?\n    choices:\n      - Ready: danger\n")
        let loaded = loadDialogue(source)
        let dialogue = try #require(loaded.dialogue)
        let finding = try #require(DialogueChecker(dialogue: dialogue, today: Self.today).findings().first)
        #expect(
            finding.message
                == "the guarantee 'first-question' is broken: the first question asked is not 'danger'; this conversation shows it:"
        )
        #expect(finding.details == ["1. 'intro' waits for an answer"])
        #expect(finding.source.range.start.line == 9)
    }

    @Test func brokenEndingGuaranteeShowsThePathStepByStep() throws {
        let source = replacing(
            "  - Childline on 0800 1111 or childline.org.uk.",
            with: "  - text: Childline on 0800 1111 or childline.org.uk.\n    unless: staff")
        let loaded = loadDialogue(source)
        let dialogue = try #require(loaded.dialogue)
        let rendered = DiagnosticRenderer().render(
            DialogueChecker(dialogue: dialogue, today: Self.today).findings().map(\.diagnostic)
        ) {
            loaded.source(named: $0)
        }
        #expect(
            rendered == """
                main.yaml:11:27: error: the guarantee 'every-ending-mentions' is broken: the ending at 'finish' does not mention Childline (0800 1111, childline.org.uk); this conversation shows it: [SP322]
                  every-ending-mentions: [Childline]
                                          ^~~~~~~~~
                    1. at 'danger', answer 'No'
                    2. at 'advice', answer 'Nothing'
                    3. 'finish' ends the conversation

                """)
    }
}

extension String {
    func replacingFirst(_ old: String, with new: String) -> String {
        guard let range = range(of: old) else { return self }
        return replacingCharacters(in: range, with: new)
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
