import Testing

@testable import DialogueKit

/// A finding about a few words of a text is marked under those words, however the text was written.
@Suite struct TextPlacementTests {
    /// Loads `yaml`, checks it, and returns each undeclared-number finding as `line:column-column`.
    func places(_ yaml: String) throws -> [String] {
        let loaded = loadDialogue(yaml)
        let dialogue = try #require(loaded.dialogue, "\(diagnosticLines(loaded))")
        return DialogueChecker(
            dialogue: dialogue, today: CalendarDate(year: 2026, month: 11, day: 25), sources: loaded.sources
        )
        .findings().filter { if case .undeclaredPhoneNumber = $0.kind { true } else { false } }
        .map { "\($0.source.range.start.line):\($0.source.range.start.column)-\($0.source.range.end.column)" }
    }

    static func dialogue(_ end: String) -> String {
        "title: T\nreviewed: 2026-11-01\nsources: [S]\nstart: a\nnodes:\n  a:\n    end: " + end + "\n"
    }

    @Test func plainTextOverSeveralLines() throws {
        #expect(
            try places(Self.dialogue("Call the helpline, which is open every day,\n      on 0808 800 500 or online."))
                == ["8:10-22"])
    }

    @Test func quotedTextWithEscapesBeforeTheNumber() throws {
        #expect(try places(Self.dialogue("\"Say \\\"help\\\" and call\n      0800 111.\"")) == ["8:7-15"])
        #expect(try places(Self.dialogue("'It''s on 0800 111.'")) == ["7:20-28"])
    }

    @Test func oneLineWithoutTheFile() throws {
        let loaded = loadDialogue(Self.dialogue("Call 0800 111 now."))
        let dialogue = try #require(loaded.dialogue)
        let finding = try #require(
            DialogueChecker(dialogue: dialogue, today: CalendarDate(year: 2026, month: 11, day: 25)).findings().first)
        #expect(finding.source.range.start.column == 15)
        #expect(finding.source.range.end.column == 23)
    }
}
