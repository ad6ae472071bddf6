import TestSupport
import Testing

@testable import DialogueKit

/// Phrasings files are read with a message at the right place for each mistake, and judged through the
/// engine: a wrong answer taken silently, or danger missed, fails the report.
@Suite struct PhrasingReportTests {
    static let main = """
        title: T
        start: danger
        nodes:
          danger:
            ask: In danger?
            if-unclear: advice
            choices:
              - label: "Yes"
                also: [missing]
                go: advice
              - label: "No"
                also: [fine]
                safe: true
                go: done
          advice:
            say: Call 999.
            next: done
          done:
            end: Bye.
        """

    private func report(_ phrasings: String, main: String = Self.main) throws -> PhrasingReport {
        let dialogue = try #require(loadDialogueWithLexicon(main).dialogue)
        let source = SourceFile(name: "t.phrasings", text: phrasings)
        switch PhrasingSet.read(source, dialogue: { _ in .success(dialogue) }) {
        case .success(let (set, dialogue)): return PhrasingReport(set, dialogue: dialogue)
        case .failure(let failure): throw failure
        }
    }

    @Test func eachOutcomeIsJudged() throws {
        let report = try report(
            """
            dialogue: main.yaml
            phrasings:
              danger:
                "Yes":
                  - "1"
                  - she went missing
                  - purple
                "No":
                  - "2"
                  - she is fine
                ask:
                  - what
            """)
        #expect(report.results.map(\.outcome) == [.right, .confirmed, .adviceShown, .right, .confirmed, .right])
        #expect(!report.fails)
    }

    /// A line naming the expected answer among at most three numbered ones ("which did you mean?") is
    /// counted apart: understood, though not yet taken.
    @Test func anAnswerNamedInAShortWhichIsCountedApart() throws {
        let main = """
            title: T
            start: how
            nodes:
              how:
                ask: How was it sent?
                choices:
                  - Sent by a friend: done
                  - Sent by a stranger: done
                  - Not sent: done
              done:
                end: Bye.
            """
        let report = try report(
            """
            dialogue: main.yaml
            phrasings:
              how:
                Sent by a friend:
                  - it was sent by
            """, main: main)
        #expect(report.results.map(\.outcome) == [.narrowed])
        #expect(!report.fails)
    }

    @Test func aWrongSilentAnswerFailsTheReport() throws {
        let missed = try report(
            """
            dialogue: main.yaml
            phrasings:
              danger:
                "Yes":
                  - fine
            """)
        #expect(missed.results.map(\.outcome) == [.dangerMissed])
        #expect(missed.fails)
        let quiet = try report(
            """
            dialogue: main.yaml
            phrasings:
              danger:
                "No":
                  - missing
            """)
        #expect(quiet.results.map(\.outcome) == [.wrongSilently])
        #expect(quiet.fails)
        let table = PhrasingTable.rendered(quiet, file: "t.phrasings")
        #expect(table.contains("1 wrong silently"))
        #expect(table.contains("WRONG SILENTLY t.phrasings:5 danger: 'missing' (expected answer 2, took answer 1)"))
    }

    @Test func mistakesInTheFileAreNamedWhereTheyAre() throws {
        #expect(throws: PhrasingSetFailure.self) {
            _ = try report(
                """
                dialogue: main.yaml
                phrasings:
                  dangr:
                    "Yes": [x]
                """)
        }
        let dialogue = try #require(loadDialogueWithLexicon(Self.main).dialogue)
        let source = SourceFile(
            name: "t.phrasings", text: "dialogue: main.yaml\nphrasings:\n  danger:\n    Yess:\n      - x\n")
        guard
            case .failure(.diagnostics(let diagnostics)) = PhrasingSet.read(
                source, dialogue: { _ in .success(dialogue) })
        else {
            Issue.record("a misspelt label was accepted")
            return
        }
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.range?.start.line == 4)
        #expect(diagnostics.first?.message.contains("did you mean 'Yes'") == true)
    }

    /// The shipped phrasings: none wrong silently, no danger missed (CI also runs them with `signpost test`).
    @Test(arguments: [
        ("Dialogues/phrasings/en.phrasings", 400, 100), ("Dialogues/phrasings/en.test.phrasings", 400, 100),
        ("Dialogues/phrasings/en.fresh.phrasings", 300, 80),
    ])
    func theShippedPhrasingsPass(path: String, atLeast: Int, atDanger: Int) throws {
        let text = String(decoding: try PackageFiles().read(path).get().bytes, as: UTF8.self)
        let dialogue = try defaultDialogue()
        let read = PhrasingSet.read(SourceFile(name: path, text: text)) { _ in .success(dialogue) }
        guard case .success(let (set, loaded)) = read else {
            Issue.record("\(path) does not read: \(read)")
            return
        }
        let report = PhrasingReport(set, dialogue: loaded)
        #expect(report.results.count >= atLeast)
        #expect(report.results.filter { $0.phrasing.question == "danger" }.count >= atDanger)
        #expect(report.counts()[.wrongSilently] == nil)
        #expect(report.counts()[.dangerMissed] == nil)
        // Issue 16's target: at every question, at least 95% reach the right answer at once or confirmed.
        for question in report.questions {
            let counts = report.counts(for: question)
            let all = counts.values.reduce(0, +)
            let rightOrConfirmed = counts[.right, default: 0] + counts[.confirmed, default: 0]
            #expect(
                rightOrConfirmed * 100 >= all * 95,
                "\(path), \(question): \(rightOrConfirmed) of \(all) right or confirmed")
        }
    }
}

/// The lexicon is data: an author teaches Signpost a phrase without code, and its mistakes are named.
@Suite struct LexiconTests {
    @Test func anAuthorCanAddAWord() throws {
        let main =
            "title: T\nstart: q\nlexicon: words.yaml\nnodes:\n  q:\n    ask: Q?\n    choices:\n      - Not sure: done\n      - Sure: done\n  done:\n    end: Bye.\n"
        let before = try #require(
            loadDialogue(main, others: ["words.yaml": "language: en\nunsure: [not sure]\n"]).dialogue)
        let after = try #require(
            loadDialogue(main, others: ["words.yaml": "language: en\nunsure: [not sure, search me]\n"]).dialogue)
        let state = ConversationState(progress: .init(position: .question("q")))
        #expect(
            !ConversationEngine(dialogue: before).respond(to: "search me", in: state).events.contains(
                .answered(node: "q", choice: 0)))
        #expect(
            ConversationEngine(dialogue: after).respond(to: "search me", in: state).events.contains(
                .answered(node: "q", choice: 0)))
    }

    @Test func mistakesInALexiconAreNamedWhereTheyAre() {
        let main = "title: T\nstart: done\nlexicon: words.yaml\nnodes:\n  done:\n    end: Bye.\n"
        let result = loadDialogue(
            main, others: ["words.yaml": "language: en\nspellings:\n  ex-bf: ex\nnumbrs:\n  one: 1\n"])
        #expect(
            diagnosticLines(result) == [
                "words.yaml:4:1: error: unknown key 'numbrs' in a lexicon; did you mean 'numbers'?",
                "words.yaml:3:3: error: 'ex-bf' should be one or two words of letters or digits, without marks",
            ])
    }

    @Test func aLexiconOutsideTheFolderIsRefused() {
        let result = loadDialogue(
            "title: T\nstart: done\nlexicon: ../words.yaml\nnodes:\n  done:\n    end: Bye.\n", path: "d/main.yaml")
        #expect(result.dialogue == nil)
        #expect(diagnosticLines(result).first?.contains("words.yaml") == true)
    }

    @Test func aDialogueWithoutALexiconIsWarned() throws {
        let dialogue = try #require(loadDialogue(PhrasingReportTests.main).dialogue)
        let findings = DialogueChecker(dialogue: dialogue, today: CalendarDate(year: 2026, month: 12, day: 4))
            .findings()
        #expect(findings.contains { $0.kind == .noLexicon })
    }

    /// `check` proves a question that fails safe through the engine (every sign of danger, framed four
    /// ways, never reaches the safe answer), and names a fail-safe question set up wrongly. (The proof
    /// itself was seen to fail when the engine's guard was removed: see the closing note of issue 16.)
    @Test func checkProvesQuestionsThatFailSafe() throws {
        let today = CalendarDate(year: 2026, month: 12, day: 4)
        // Even a sign of danger listed under the safe answer is kept from it by the engine.
        let listed = PhrasingReportTests.main.replacingOccurrences(of: "also: [fine]", with: "also: [fine, ran away]")
        let guarded = try #require(loadDialogueWithLexicon(listed).dialogue)
        #expect(
            !DialogueChecker(dialogue: guarded, today: today).findings().contains {
                if case .failSafeMissed = $0.kind { true } else { false }
            })
        let noSafe = PhrasingReportTests.main.replacingOccurrences(of: "        safe: true\n", with: "")
        let unsafe = try #require(loadDialogueWithLexicon(noSafe).dialogue)
        #expect(
            DialogueChecker(dialogue: unsafe, today: today).findings().contains {
                $0.kind == .failSafeWithoutSafeAnswer("danger")
            })
        let toAQuestion = PhrasingReportTests.main.replacingOccurrences(
            of: "if-unclear: advice", with: "if-unclear: danger")
        let wrongTarget = try #require(loadDialogueWithLexicon(toAQuestion).dialogue)
        #expect(
            DialogueChecker(dialogue: wrongTarget, today: today).findings().contains {
                $0.kind == .failSafeNotMessage(question: "danger", target: "danger")
            })
        let clean = try #require(loadDialogueWithLexicon(PhrasingReportTests.main).dialogue)
        #expect(
            !DialogueChecker(dialogue: clean, today: CalendarDate(year: 2026, month: 12, day: 4)).findings().contains {
                if case .failSafeMissed = $0.kind { true } else { false }
            })
    }
}
