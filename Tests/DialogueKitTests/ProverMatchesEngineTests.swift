import Testing

@testable import DialogueKit

/// The proofs follow what the engine does, not a looser picture of it: the one route a message takes,
/// commands typed at a paused message, and every plan the adult can see before an end.
@Suite struct ProverMatchesEngineTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 25)

    private func broken(_ guarantee: String, _ source: String) throws -> [CheckFinding] {
        let loaded = loadDialogue(source)
        let dialogue = try #require(loaded.dialogue, "\(diagnosticLines(loaded))")
        return DialogueChecker(dialogue: dialogue, today: Self.today).findings()
            .filter { $0.message.hasPrefix("the guarantee '\(guarantee)' is broken") }
    }

    /// The start's first route applies to everyone, so `other` is asked first; the default way, to
    /// `first`, is never taken.
    @Test func firstQuestionFollowsTheRouteTheEngineTakes() throws {
        let source = """
            title: Routes
            start: hello
            guarantees:
              first-question: first
            nodes:
              hello:
                say: Hello.
                next:
                  - go: aside
                    unless: never-set
                  - go: first
              aside:
                say: An aside.
                next: other
              other:
                ask: Other?
                choices:
                  - label: Go on
                    set: never-set
                    go: first
              first:
                ask: First?
                choices:
                  - Done: finish
              finish:
                end: Done.
            """
        let dialogue = try #require(loadDialogue(source).dialogue)
        let engine = ConversationEngine(dialogue: dialogue)
        #expect(engine.start().events.contains(.visited(node: "other")))
        let found = try broken("first-question", source)
        #expect(
            found.map(\.message) == [
                "the guarantee 'first-question' is broken: the first question asked is not 'first'; this conversation shows it:"
            ])
        #expect(
            found.first?.details == [
                "1. 'hello' shows its message", "2. 'aside' shows its message", "3. 'other' waits for an answer",
            ])
    }

    static let pausedDialogue = """
        title: Paused
        start: who
        guarantees:
          never-reaches:
            - when: staff
              nodes: [tips]
        anytime:
          - command: tips
            go: tips
            help: a tip
            when: staff
        nodes:
          who:
            ask: Who are you?
            choices:
              - label: Staff
                set: staff
                go: read-this
              - label: Parent
                go: finish
          read-this:
            say: Read this first.
            pause: true
            next: finish
          tips:
            say: A tip.
            next: finish
          finish:
            end: Done.
        """

    /// `tips` is offered to staff only at the paused message: typing it there reaches the node.
    @Test func neverReachesCoversCommandsTypedAtAPausedMessage() throws {
        let dialogue = try #require(loadDialogue(Self.pausedDialogue).dialogue)
        let engine = ConversationEngine(dialogue: dialogue)
        let atPause = engine.respond(to: "staff", in: engine.start().state)
        #expect(atPause.state.position == .paused("read-this"))
        #expect(engine.respond(to: "tips", in: atPause.state).events.contains(.visited(node: "tips")))
        let found = try broken("never-reaches", Self.pausedDialogue)
        #expect(
            found.first?.details == [
                "1. at 'who', answer 'Staff'", "2. at 'read-this', type 'tips'", "3. 'tips' shows its message",
            ])
    }

    /// The warning is earned at the end, but `quit` (or `plan`, or `save`) at `more` shows a plan of
    /// one step without it.
    @Test func everyPlanIncludesCoversThePlanShownBeforeAnEnd() throws {
        let source = """
            title: Plans
            start: who
            guarantees:
              every-plan-includes:
                - text: never share the image
            nodes:
              who:
                ask: Who are you?
                plan: Tell someone you trust.
                choices:
                  - Parent: more
              more:
                ask: Anything more?
                choices:
                  - No: finish
              finish:
                plan: Never share the image.
                end: Done.
            """
        let dialogue = try #require(loadDialogue(source).dialogue)
        let engine = ConversationEngine(dialogue: dialogue)
        let quit = engine.respond(to: "quit", in: engine.respond(to: "parent", in: engine.start().state).state)
        #expect(quit.replies.contains(.plan(ActionPlan(steps: [.init(text: "Tell someone you trust.", entries: [])]))))
        let found = try broken("every-plan-includes", source)
        #expect(found.first?.message.contains("the plan shown at 'who'") == true)
        #expect(found.first?.details == ["1. at 'who', type 'quit'"])
        // Earned with the first step, the warning is in every plan shown: nothing to report.
        let fixed = source.replacingFirst(
            "plan: Tell someone you trust.", with: "plan: [Tell someone you trust., Never share the image.]")
        #expect(try broken("every-plan-includes", fixed) == [])
        // Words the plan need hold only by the end say so: then the end alone is proved.
        let byTheEnd = source.replacingFirst(
            "    - text: never share the image\n", with: "    - text: never share the image\n      by-the-end: yes\n")
        #expect(try broken("every-plan-includes", byTheEnd) == [])
        let notAtTheEnd = byTheEnd.replacingFirst("    plan: Never share the image.\n", with: "")
        #expect(
            try broken("every-plan-includes", notAtTheEnd).first?.message.contains("the plan at the end 'finish'")
                == true)
    }
}
