import TestSupport
import Testing

@testable import DialogueKit

/// The line a front end sends for an answer picked from a list: its label, or its number where the
/// label would be read as something else (both the web's radio buttons and its kept answers use it).
@Suite struct ChosenAnswerLineTests {
    static let yaml = """
        title: T
        start: danger
        nodes:
          danger:
            ask: Is the child in danger?
            if-unclear: advice
            choices:
              - label: "Yes"
                go: done
              - label: No, they are not hurt or in danger
                safe: true
                go: done
          advice:
            say: Call 999.
            next: done
          done:
            end: Bye.
        """

    /// The engine for the dialogue above, and the state it starts in (at the danger question).
    static func started() throws -> (ConversationEngine, ConversationState) {
        let engine = ConversationEngine(dialogue: try #require(loadDialogueWithLexicon(yaml).dialogue))
        return (engine, engine.start().state)
    }

    @Test func aLabelReadAsItselfIsSentAsItIs() throws {
        let (engine, state) = try Self.started()
        let chosen = try #require(engine.line(choosing: 0, at: "danger", in: state))
        #expect(chosen.text == "Yes")
        #expect(chosen.certain)
    }

    /// A safe answer's label that names danger is read whole at a question that fails safe, so it would
    /// not be taken: its number is sent instead.
    @Test func aLabelReadAsSomethingElseIsSentAsItsNumber() throws {
        let (engine, state) = try Self.started()
        let chosen = try #require(engine.line(choosing: 1, at: "danger", in: state))
        #expect(chosen.text == "2")
        #expect(chosen.certain)
        #expect(engine.respond(to: chosen.text, in: state).events.contains(.answered(node: "danger", choice: 1)))
    }

    @Test func noAnswerThereIsNoLine() throws {
        let (engine, state) = try Self.started()
        #expect(engine.line(choosing: 2, at: "danger", in: state) == nil)
        #expect(engine.line(choosing: 0, at: "advice", in: state) == nil)
    }
}
