import Foundation
import TestSupport
import Testing

@testable import DialogueKit

/// Every diagnostic code: its examples do what they say (the wrong one produces the code, the right one
/// does not), docs/diagnostics.md is the page the code table makes, and the code shows in text and JSON.
@Suite struct DiagnosticCodeTests {
    /// Every code a dialogue file gives: the loader's, then the checker's, as `signpost check` reports them.
    static func codes(ofDialogue text: String) -> [DiagnosticCode] {
        let loaded = DialogueLoader(files: InMemoryFiles(["example.yaml": text])).load("example.yaml")
        var codes = loaded.diagnostics.map(\.code)
        if let dialogue = loaded.dialogue {
            let checker = DialogueChecker(
                dialogue: dialogue, today: DiagnosticExplanation.exampleToday, sources: loaded.sources)
            codes += checker.findings().map(\.code)
        }
        return codes
    }

    /// Every code testing a transcript gives, replayed against the example dialogue.
    static func codes(ofTranscript text: String) -> [DiagnosticCode] {
        let files = InMemoryFiles(["example.yaml": DiagnosticExplanation.exampleDialogue])
        var tester = TranscriptTester(files: files)
        let verdict = tester.test("t.transcript", text: text).verdict
        var codes = verdict.code.map { [$0] } ?? []
        codes += verdict.replay?.changes.map(\.code) ?? []
        if case .dialogueFailed(_, let loaded) = verdict { codes += loaded.diagnostics.map(\.code) }
        return codes
    }

    static let snippetCodes = DiagnosticCode.allCases.filter { $0.explanation.example != .described }

    @Test(arguments: snippetCodes)
    func theWrongExampleGivesTheCodeAndTheRightOneDoesNot(code: DiagnosticCode) {
        let explanation = code.explanation
        let transcript = explanation.example == .transcript
        let wrong = transcript ? Self.codes(ofTranscript: explanation.wrong) : Self.codes(ofDialogue: explanation.wrong)
        let right = transcript ? Self.codes(ofTranscript: explanation.right) : Self.codes(ofDialogue: explanation.right)
        #expect(wrong.contains(code), "the wrong example of \(code.rawValue) gives \(wrong.map(\.rawValue))")
        #expect(!right.contains(code), "the right example of \(code.rawValue) still gives it")
    }

    /// The errors a dialogue file gives (warnings left out): the loader's, then the checker's.
    static func errors(ofDialogue text: String) -> [DiagnosticCode] {
        let loaded = DialogueLoader(files: InMemoryFiles(["example.yaml": text])).load("example.yaml")
        var codes = loaded.diagnostics.filter { $0.severity == .error }.map(\.code)
        if let dialogue = loaded.dialogue {
            let checker = DialogueChecker(
                dialogue: dialogue, today: DiagnosticExplanation.exampleToday, sources: loaded.sources)
            codes += checker.findings().filter { $0.severity == .error }.map(\.code)
        }
        return codes
    }

    /// A right example of a loading or checking code (SP1xx show snippets, not whole dialogues) is a
    /// dialogue an author could copy: it gives no error of any code (SP233's once
    /// put a node under `guarantees:`, and gave SP220 and SP224 while showing how to avoid SP233).
    @Test(arguments: snippetCodes.filter { $0.explanation.example == .dialogue && !$0.rawValue.hasPrefix("SP1") })
    func theRightExampleGivesNoError(code: DiagnosticCode) {
        let errors = Self.errors(ofDialogue: code.explanation.right)
        #expect(errors.isEmpty, "the right example of \(code.rawValue) gives \(errors.map(\.rawValue))")
    }

    /// Most codes are shown by a snippet; those that need a file on disk, bytes that are not text or a
    /// command line are described instead, and tested where they are made (SourceReader, RecordCommand).
    @Test func mostCodesHaveAnExampleThatRuns() {
        #expect(
            Self.snippetCodes.count >= 70,
            "only \(Self.snippetCodes.count) of \(DiagnosticCode.allCases.count) codes have a runnable example")
    }

    @Test func codesAreNumberedByFamily() {
        for code in DiagnosticCode.allCases {
            let digits = code.rawValue.dropFirst(2)
            #expect(
                code.rawValue.hasPrefix("SP") && digits.count == 3 && digits.allSatisfy(\.isNumber), "\(code.rawValue)")
            #expect(!code.explanation.title.isEmpty && !code.explanation.text.isEmpty)
        }
        #expect(DiagnosticCode(typed: " sp224 ") == .unknownNode)
        #expect(DiagnosticCode(typed: "SP999") == nil)
    }

    @Test func theDocumentListsEveryCodeAsTheTableMakesIt() throws {
        let file = packageRoot.appendingPathComponent("docs/diagnostics.md")
        let document = try String(contentsOf: file, encoding: .utf8)
        #expect(
            document == DiagnosticsDocument.render(),
            "docs/diagnostics.md is out of date: swift run signpost explain --markdown > docs/diagnostics.md")
        for code in DiagnosticCode.allCases {
            #expect(document.contains("## \(code.rawValue)\n"), "docs/diagnostics.md lacks \(code.rawValue)")
        }
    }

    @Test func theCodeIsShownInTextAndInJSON() throws {
        let wrong = DiagnosticCode.unknownNode.explanation.wrong
        let loaded = DialogueLoader(files: InMemoryFiles(["example.yaml": wrong])).load("example.yaml")
        let diagnostic = try #require(loaded.diagnostics.first)
        let text = DiagnosticRenderer().render(diagnostic) { loaded.source(named: $0) }
        #expect(
            text.hasPrefix("example.yaml:10:13: error: there is no node called 'dnoe'; did you mean 'done'? [SP224]\n"))
        let json = DiagnosticJSON.render([diagnostic])
        #expect(json.contains("\"severity\": \"error\", \"code\": \"SP224\", \"message\": "))
    }

    @Test func everyCodeHasAnExplanationInText() {
        let text = ExplanationText.render(.unknownNode)
        #expect(text.hasPrefix("SP224: No node with that name\n\n"))
        #expect(text.contains("Wrong (a dialogue file, example.yaml):\n\n    title: Example\n"))
        #expect(text.contains("          - No: dnoe\n"))
        #expect(ExplanationText.list().split(separator: "\n").count == DiagnosticCode.allCases.count)
    }

    /// Every code is explained, worded and given a message by its family, never by the last resort.
    @Test func noCodeFallsToTheLastResort() {
        for code in DiagnosticCode.allCases {
            #expect(code.explanation.title != code.rawValue, "\(code.rawValue) has no explanation of its own")
        }
    }
}
