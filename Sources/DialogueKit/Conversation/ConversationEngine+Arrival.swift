/// Arriving at nodes: showing their text, earning their plan items, and stopping where the adult is
/// needed.
extension ConversationEngine {
    /// Visits `id` and follows messages until a node that waits for the adult, or an end.
    func arrive(at id: String, turn: inout Turn) {
        var current = id
        // Each node is visited at most once per arrival, so a loop of messages cannot hang the engine.
        var seen = VisitedNodes()
        while let node = dialogue.node(current), seen.insert(current) {
            show(node, turn: &turn)
            switch node.kind {
            case .message(let message) where !message.pauses:
                // The one way on that `waysOn` gives, as the proofs follow it.
                guard let way = node.waysOn(with: turn.state.flags).first else { break }
                current = way.target.id
                continue
            case .message:
                turn.state.progress.position = .paused(node.id)
            case .question:
                turn.state.progress.position = .question(node.id)
            case .collect:
                turn.state.progress.position = .collect(node.id)
            case .end(let ending):
                turn.append(.closing(ending.closing.text), from: node.id)
                turn.events.append(.ended(node: node.id))
                finishWithPlan(turn: &turn)
            }
            turn.appendPrompt(prompt(for: turn.state))
            return
        }
        turn.append(.notice(.dialogueLoops(at: current)))
        finishWithPlan(turn: &turn)
    }

    /// Shows a node's text and earns its plan items, as far as the flags allow.
    func show(_ node: DialogueNode, turn: inout Turn) {
        turn.events.append(.visited(node: node.id))
        for item in node.say where item.condition.holds(for: turn.state.flags) {
            turn.append(.text(item.text), from: node.id)
        }
        for item in node.plan where item.condition.holds(for: turn.state.flags) {
            guard turn.state.progress.earn(item) else { continue }
            turn.events.append(.earned(item))
        }
    }

    /// Enter at a pause: back to where an `anytime` command interrupted, or on along the message's way.
    func carryOn(from id: String, turn: inout Turn) {
        turn.checkpoint(.continued)
        if let returnTo = turn.state.progress.returnTo {
            turn.state.progress.returnTo = nil
            turn.state.progress.position = returnTo
            turn.append(.notice(.backToWhereYouWere))
            // Back at the end: the plan and where to get support again, so an emergency command typed
            // there loses nothing.
            if returnTo == .finished {
                turn.append(.plan(plan(for: turn.state)))
                let support = dialogue.support(for: turn.state.flags)
                if !support.isEmpty { turn.append(.support(support)) }
            }
            turn.appendPrompt(prompt(for: turn.state))
        } else if let node = dialogue.node(id), node.isMessage, let way = node.waysOn(with: turn.state.flags).first {
            arrive(at: way.target.id, turn: &turn)
        }
    }

    func finishWithPlan(turn: inout Turn) {
        turn.state.progress.position = .finished
        turn.state.progress.returnTo = nil
        turn.append(.plan(plan(for: turn.state)))
        let support = dialogue.support(for: turn.state.flags)
        if !support.isEmpty { turn.append(.support(support)) }
    }

    /// The prompt the adult is at (to show again after a command), and its node.
    func prompt(for state: ConversationState) -> (Reply, String)? {
        switch state.position {
        case .question(let id):
            guard let question = dialogue.node(id)?.question else { return nil }
            var options: [String] = []
            for choice in question.choices where choice.condition.holds(for: state.flags) {
                options.append(choice.label)
            }
            return (.question(QuestionPrompt(text: question.ask.text, help: question.help?.text, options: options)), id)
        case .collect(let id):
            guard let gathering = dialogue.node(id)?.gathering else { return nil }
            let count = state.progress.collected[gathering.into]?.count ?? 0
            return (.collect(CollectPrompt(text: gathering.prompt.text, help: gathering.help?.text, count: count)), id)
        case .paused(let id):
            return (.pause, id)
        case .finished:
            return nil
        }
    }
}
