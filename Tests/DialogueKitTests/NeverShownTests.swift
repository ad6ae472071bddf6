import Testing

@testable import DialogueKit

/// Issue 18: a choice or a text guarded by a flag that no way to its node sets can never be shown;
/// `check` warns, found by the same search over every path that proves the guarantees.
@Suite struct NeverShownTests {
    static let dialogue = """
        title: Never shown
        reviewed: 2026-06-01
        sources: [A source]
        start: first
        nodes:
          first:
            ask: Who are you?
            choices:
              - label: Parent
                go: advice
              - label: Teacher
                set: staff
                go: school
          school:
            say: Tell your lead.
            next: finish
          advice:
            say:
              - text: As staff, tell your DSL.
                when: staff
              - Talk to the child.
            ask: Anything else?
            choices:
              - label: Ask the DSL
                when: staff
                go: finish
              - label: Nothing
                go: finish
          finish:
            end: Take care.
        """

    private func findings(_ source: String) throws -> [String] {
        let loaded = loadDialogue(source)
        let dialogue = try #require(loaded.dialogue, "does not load: \(diagnosticLines(loaded))")
        return DialogueChecker(dialogue: dialogue, today: CalendarDate(year: 2026, month: 11, day: 25)).findings().map {
            finding in
            let start = finding.source.range.start
            return "\(start.line):\(start.column): \(finding.severity.rawValue): \(finding.message)"
        }
    }

    @Test func aChoiceAndATextNoPathCanShowAreWarnings() throws {
        let found = try findings(Self.dialogue)
        #expect(
            found == [
                "19:15: warning: this text at 'advice' is never shown: no conversation reaches 'advice' with 'when: staff' holding "
                    + "(the flags are set only on other ways); set them on a way to 'advice', or remove the condition",
                "24:16: warning: the answer 'Ask the DSL' at 'advice' is never offered: no conversation reaches 'advice' with 'when: staff' holding "
                    + "(the flags are set only on other ways); set them on a way to 'advice', or remove the condition",
            ])
    }

    @Test func aFlagSetOnSomeWayThereIsFine() throws {
        let fixed = Self.dialogue.replacingOccurrences(of: "        go: school\n", with: "        go: advice\n")
        #expect(try findings(fixed).filter { $0.contains("never") } == [])
    }
}
