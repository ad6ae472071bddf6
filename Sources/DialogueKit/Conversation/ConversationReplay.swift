/// A trail replayed through the engine: where the conversation stands now, what the last batch of lines
/// made it say (what a page shows), and the prompt the adult is answering. Pure: the same trail and
/// dialogue always give the same replay.
package struct ConversationReplay: Sendable {
    package let state: ConversationState
    /// The steps of the last batch, in order; the opening step when nothing has been sent yet.
    package let shownSteps: [ConversationStep]
    /// The question being asked now, as it was last put (its node is `state.position`'s).
    package let question: QuestionPrompt?
    /// The collection being gathered now, as it was last put.
    package let collection: CollectPrompt?

    /// The last prompt shown at each node, to put a question again on a page whose lines did not ask it.
    private let prompts: [String: Reply]
    /// The step that brought the conversation to `state`.
    private let lastStep: ConversationStep

    package init(engine: ConversationEngine, trail: ConversationTrail) {
        let first = engine.start()
        var prompts: [String: Reply] = [:]
        Self.note(first, into: &prompts)
        self.init(engine: engine, from: first, shown: [first], prompts: prompts, batches: trail.batches)
    }

    /// The replay with one more batch of lines, going on from where this one stands rather than
    /// replaying the whole trail again.
    package func continued(with batch: [String], engine: ConversationEngine) -> ConversationReplay {
        ConversationReplay(engine: engine, from: lastStep, shown: shownSteps, prompts: prompts, batches: [batch])
    }

    private init(
        engine: ConversationEngine, from first: ConversationStep, shown initial: [ConversationStep],
        prompts initialPrompts: [String: Reply], batches: [[String]]
    ) {
        var step = first
        var shown = initial
        var prompts = initialPrompts
        for batch in batches {
            shown = []
            for line in batch {
                step = engine.respond(to: line, in: step.state)
                shown.append(step)
                Self.note(step, into: &prompts)
            }
        }
        self.prompts = prompts
        lastStep = step
        state = step.state
        shownSteps = shown
        let node = step.state.position.node
        switch step.state.position {
        case .question:
            if case .question(let prompt)? = node.flatMap({ prompts[$0] }) { question = prompt } else { question = nil }
            collection = nil
        case .collect:
            if case .collect(let prompt)? = node.flatMap({ prompts[$0] }) {
                collection = prompt
            } else {
                collection = nil
            }
            question = nil
        case .paused, .finished:
            question = nil
            collection = nil
        }
    }

    /// The replies the page shows: those of the last batch's steps, in order.
    package var shownReplies: [Reply] { shownSteps.flatMap(\.replies) }

    /// The node of each shown reply (`nil` for Signpost's own notices), matching `shownReplies`.
    package var shownOrigins: [String?] { shownSteps.flatMap(\.origins) }

    private static func note(_ step: ConversationStep, into prompts: inout [String: Reply]) {
        for (reply, origin) in zip(step.replies, step.origins) {
            guard let origin else { continue }
            switch reply {
            case .question, .collect: prompts[origin] = reply
            case .text, .notice, .help, .plan, .closing, .support, .pause, .answers: break
            }
        }
    }
}
