import Testing

@testable import DialogueKit

/// One rule says which lines are commands, and `check` applies it to every answer as written: an
/// answer the engine would take as a command is an error, not a plan saved to a file called `the messages`.
@Suite struct CommandRuleTests {
    static let source = """
        title: Swallowed
        start: keep
        nodes:
          keep:
            ask: What will you do first?
            choices:
              - label: Save the messages
                go: finish
              - label: Tell someone
                go: finish
          finish:
            end: Done.
        """

    @Test func anAnswerTheSaveCommandWouldTakeIsReported() throws {
        let dialogue = try #require(loadDialogue(Self.source).dialogue)
        let engine = ConversationEngine(dialogue: dialogue)
        let typed = engine.respond(to: "Save the messages", in: engine.start().state)
        #expect(typed.effects == [.savePlan(SaveRequest(path: "the messages", includingAnswers: false))])
        let findings = DialogueChecker(dialogue: dialogue, today: CalendarDate(year: 2026, month: 11, day: 25))
            .findings()
            .filter { $0.severity == .error }
        #expect(
            findings.map(\.kind) == [
                .answerClashesWithCommand(question: "keep", typed: "Save the messages", command: "save")
            ])
        #expect(findings.first?.source.range.start.line == 7)
    }

    @Test func theRuleTakesItsWordsAsGiven() {
        #expect(BuiltInCommand.parse("change 2")?.command == .change)
        #expect(BuiltInCommand.parse("Save my plan.txt")?.argument == "my plan.txt")
        #expect(BuiltInCommand.parse("?")?.command == .help)
        #expect(BuiltInCommand.parse("My answers")?.command == .answers)
        #expect(BuiltInCommand.parse("saved") == nil)
        #expect(BuiltInCommand.parse("changes are coming") == nil)
    }
}
