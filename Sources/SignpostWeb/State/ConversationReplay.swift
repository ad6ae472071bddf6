import DialogueKit

/// A trail replayed through the engine: where the conversation stands now, what the last batch of lines
/// made it say (what the page shows), and the prompt the adult is answering.
public struct ConversationReplay: Sendable {
    public let state: ConversationState
    /// The steps of the last batch, in order; the opening step when nothing has been sent yet.
    public let shownSteps: [ConversationStep]
    /// The question being asked now, as it was last put (its node is `state.position`'s).
    public let question: QuestionPrompt?
    /// The collection being gathered now, as it was last put.
    public let collection: CollectPrompt?

    public init(engine: ConversationEngine, trail: ConversationTrail) {
        var step = engine.start()
        var shown = [step]
        var prompts: [String: Reply] = [:]
        Self.note(step, into: &prompts)
        for batch in trail.batches {
            shown = []
            for line in batch {
                step = engine.respond(to: line, in: step.state)
                shown.append(step)
                Self.note(step, into: &prompts)
            }
        }
        state = step.state
        shownSteps = shown
        let node = step.state.position.node
        switch step.state.position {
        case .question:
            if case .question(let prompt)? = node.flatMap({ prompts[$0] }) { question = prompt } else { question = nil }
            collection = nil
        case .collect:
            if case .collect(let prompt)? = node.flatMap({ prompts[$0] }) { collection = prompt } else { collection = nil }
            question = nil
        case .paused, .finished:
            question = nil
            collection = nil
        }
    }

    /// The replies the page shows: those of the last batch's steps, in order.
    public var shownReplies: [Reply] { shownSteps.flatMap(\.replies) }

    /// The node of each shown reply (`nil` for Signpost's own notices), matching `shownReplies`.
    public var shownOrigins: [String?] { shownSteps.flatMap(\.origins) }

    private static func note(_ step: ConversationStep, into prompts: inout [String: Reply]) {
        for (reply, origin) in zip(step.replies, step.origins) {
            guard let origin else { continue }
            switch reply {
            case .question, .collect: prompts[origin] = reply
            default: break
            }
        }
    }
}
