/// Every distinct situation a dialogue can end in, found by the prover's path search
/// (`ConversationRoutes`), not by replaying transcripts.
package struct SituationList: Hashable, Sendable {
    /// What stops the situations being listed.
    package enum Refusal: Hashable, Sendable {
        /// More conversation states than the search explores.
        case tooManyStates(limit: Int)
        /// More situations than a reviewer could read.
        case tooManySituations(count: Int, limit: Int)
    }

    /// The most situations listed: beyond it a list is no review, and the dialogue should be split.
    static let situationLimit = 2_000
    /// The most conversation states searched (the prover's limit).
    static let stateLimit = 200_000

    package let situations: [Situation]
    package let refusal: Refusal?

    /// Situations with the same plan, in the order their first situation was found.
    var planGroups: [[Situation]] {
        var order: [[String]] = []
        var groups: [[String]: [Situation]] = [:]
        for situation in situations {
            if groups[situation.plan] == nil { order.append(situation.plan) }
            groups[situation.plan, default: []].append(situation)
        }
        return order.map { groups[$0] ?? [] }
    }

    package init(_ dialogue: Dialogue, stateLimit: Int = Self.stateLimit, situationLimit: Int = Self.situationLimit) {
        let routes = ConversationRoutes(dialogue, limit: stateLimit)
        if routes.isIncomplete {
            situations = []
            refusal = .tooManyStates(limit: stateLimit)
            return
        }
        var seen: Set<Situation.Identity> = []
        var found: [Situation] = []
        for end in routes.ends {
            let state = routes.states[end]
            let node = dialogue.nodes[state.node]
            let identity = Situation.Identity(
                end: node.id, plan: state.plan, support: dialogue.support(for: state.flags))
            guard seen.insert(identity).inserted else { continue }
            found.append(Self.situation(routes.chain(to: end), in: dialogue))
        }
        if found.count > situationLimit {
            situations = []
            refusal = .tooManySituations(count: found.count, limit: situationLimit)
        } else {
            situations = found
            refusal = nil
        }
    }

    /// The situation a route ends in, in words.
    private static func situation(_ chain: [(state: ConversationRoutes.State, edge: Edge?)], in dialogue: Dialogue)
        -> Situation
    {
        var answers: [Situation.Answer] = []
        var advice: [Situation.Advice] = []
        var origins: [Situation.Origin] = []
        var inputs: [String] = []
        for (state, edge) in chain {
            let node = dialogue.nodes[state.node]
            switch (node.kind, edge?.trigger) {
            case (.question, .answer(let label, _)?): inputs.append(label)
            case (.collect, _?): inputs.append("")
            case (.message(let message), _?) where message.pauses: inputs.append("")
            default: break
            }
            for item in node.say where item.condition.holds(for: state.flags) {
                advice.append(Situation.Advice(node: node.id, text: item.text))
            }
            if let question = node.question, let label = edge?.label {
                answers.append(Situation.Answer(node: node.id, question: question.ask.text, label: label))
            }
            let origin = origin(of: node, in: dialogue)
            if !origins.contains(origin) { origins.append(origin) }
        }
        let last = chain.last?.state
        let node = last.map { dialogue.nodes[$0.node] }
        let flags = last?.flags ?? []
        return Situation(
            answers: answers, inputs: inputs, route: chain.map { dialogue.nodes[$0.state.node].id },
            end: node?.id ?? "",
            closing: node?.ending?.closing.text ?? "", plan: last?.plan ?? [], support: dialogue.support(for: flags),
            advice: advice, flags: flags.sorted(), origins: origins)
    }

    /// The node's own sources and review date, else its file's, else the dialogue's.
    private static func origin(of node: DialogueNode, in dialogue: Dialogue) -> Situation.Origin {
        if let own = node.provenance { return Situation.Origin(sources: own.sources, reviewed: own.reviewed) }
        if let part = dialogue.partProvenance.first(where: { $0.scope == .file(node.source.file) }) {
            return Situation.Origin(sources: part.sources, reviewed: part.reviewed)
        }
        return Situation.Origin(sources: dialogue.sources, reviewed: dialogue.reviewed)
    }
}
