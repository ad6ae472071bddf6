import Testing

@testable import DialogueKit

/// `SituationList` finds every situation a dialogue can end in, the same ones a walk of the engine
/// itself finds by typing every answer.
@Suite struct SituationListTests {
    /// What an adult leaves with, found by driving the engine: every offered answer typed by its number
    /// at every question, Enter at every pause and collection. States that route the same (position,
    /// flags, plan) are walked once.
    private func engineWalk(_ dialogue: Dialogue) -> Set<Situation.Identity> {
        let engine = ConversationEngine(dialogue: dialogue)
        struct Seen: Hashable {
            var position: ConversationState.Position
            var flags: Set<String>
            var plan: [String]
        }
        var seen: Set<Seen> = []
        var endings: Set<Situation.Identity> = []
        var pending: [(ConversationStep, String?)] = [(engine.start(), nil)]
        while let (step, _) = pending.popLast() {
            let state = step.state
            let plan = engine.plan(for: state).steps.map(\.text)
            guard seen.insert(Seen(position: state.position, flags: state.flags, plan: plan)).inserted else { continue }
            switch state.position {
            case .finished:
                let end = step.events.compactMap { event -> String? in
                    if case .ended(let node) = event { return node }
                    return nil
                }.last
                if let end {
                    endings.insert(
                        Situation.Identity(end: end, plan: plan, support: dialogue.support(for: state.flags)))
                }
            case .question(let id):
                let count = dialogue.node(id)?.question?.offered(for: state.flags).count ?? 0
                for number in stride(from: 1, through: count, by: 1) {
                    pending.append((engine.respond(to: String(number), in: state), nil))
                }
            case .collect, .paused:
                pending.append((engine.respond(to: "", in: state), nil))
            }
        }
        return endings
    }

    @Test func theShippedDialoguesSituationsAreThoseTheEngineReaches() throws {
        let dialogue = try defaultDialogue()
        let list = SituationList(dialogue)
        #expect(list.refusal == nil)
        let walked = engineWalk(dialogue)
        #expect(list.situations.count == walked.count)
        #expect(
            Set(list.situations.map(\.identity)).symmetricDifference(walked).count == 0,
            "the search and the engine disagree")
        #expect(list.situations.count > 100, "the shipped dialogue has many situations")
    }

    @Test func situationsWithTheSamePlanAreGrouped() throws {
        let result = loadDialogue(
            """
            title: T
            start: q
            nodes:
              q:
                ask: Which?
                choices:
                  - label: A
                    go: a
                  - label: B
                    go: b
                  - label: C
                    go: c
              a:
                say: First.
                plan: Call them.
                next: done
              b:
                say: Second.
                plan: Call them.
                next: other
              c:
                plan: Write to them.
                next: done
              done:
                end: Bye.
              other:
                end: Goodbye.
            """)
        let dialogue = try #require(result.dialogue, "\(diagnosticLines(result))")
        let list = SituationList(dialogue)
        #expect(list.situations.count == 3)
        #expect(list.planGroups.map { $0.map(\.end) } == [["done", "other"], ["done"]])
        let text = SituationRenderer().render(list, as: .text)
        #expect(text.hasPrefix("3 situations, 2 distinct plans\n"))
        #expect(text.contains("    - Which? -> B\n"))
        #expect(list.situations[1].advice.map(\.text) == ["Second."])
        #expect(SituationRenderer().render(list, as: .markdown).contains("1. Call them."))
        #expect(SituationRenderer().render(list, as: .html).contains("<li>Which? <strong>C</strong></li>"))
    }

    @Test func aDialogueWithTooManyStatesIsRefusedClearly() throws {
        let dialogue = try defaultDialogue()
        let list = SituationList(dialogue, stateLimit: 50)
        #expect(list.refusal == .tooManyStates(limit: 50))
        #expect(list.situations.isEmpty)
        let few = SituationList(dialogue, situationLimit: 10)
        #expect(few.refusal == .tooManySituations(count: SituationList(dialogue).situations.count, limit: 10))
        #expect(
            SituationRenderer.refusalMessage(try #require(few.refusal)).contains("more than the 10 a review can list"))
    }
}
