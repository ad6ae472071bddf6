import Testing

@testable import DialogueKit

/// Issue 18: a space then `#` inside unquoted prose starts a comment and silently cuts the text; `check`
/// warns at the `#`, shows what is left, and says to quote the text.
@Suite struct ProseCommentTests {
    private func findings(_ source: String) throws -> [String] {
        let loaded = loadDialogue(source)
        let dialogue = try #require(loaded.dialogue, "does not load: \(diagnosticLines(loaded))")
        return DialogueChecker(
            dialogue: dialogue, today: CalendarDate(year: 2026, month: 11, day: 25), sources: loaded.sources
        )
        .findings().filter { $0.severity == .warning }.map { finding in
            let start = finding.source.range.start
            return "\(start.line):\(start.column): \(finding.message)"
        }
    }

    private func dialogue(_ say: String) -> String {
        """
        title: Comments
        reviewed: 2026-06-01
        sources: [A source]
        start: advice
        nodes:
          advice:
        \(say)
            next: finish # a comment after a node name is fine
          finish:
            end: Take care.
        """
    }

    @Test func aHashInPlainProseIsReportedWhereItCuts() throws {
        let inline = try findings(dialogue("    say: block the person #1 priority, then tell an adult."))
        #expect(
            inline == [
                "7:27: this text stops at 'block the person': ' #' starts a comment, so '#1 priority, then tell an adult.' "
                    + "is not shown; if it is part of the text, put the whole text in quotes"
            ])
        let listed = try findings(dialogue("    say:\n      - Tell an adult. #1 rule\n      - Stay calm."))
        #expect(
            listed == [
                "8:24: this text stops at 'Tell an adult.': ' #' starts a comment, so '#1 rule' "
                    + "is not shown; if it is part of the text, put the whole text in quotes"
            ])
    }

    @Test func quotedTextAndCommentsElsewhereAreFine() throws {
        #expect(try findings(dialogue("    say: \"block the person #1 priority, then tell an adult.\" # quoted")) == [])
        #expect(try findings(dialogue("    # a comment line\n    say: Tell an adult.")) == [])
    }
}
