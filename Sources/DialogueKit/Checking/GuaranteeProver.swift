/// Proves the dialogue's declared guarantees over every state a conversation can reach, and shows a
/// conversation that breaks one when it does not hold.
struct GuaranteeProver {
    /// The engine the proofs ask: the checker hands over the one its fail-safe proofs ask, since making
    /// one prepares every answer of every question (`PreparedQuestion`): a second one cost `shipped.check`
    /// in Benchmarks/ 9% more instructions, and the generated 1 MB dialogue's check half as much again.
    let engine: ConversationEngine
    /// The most states a proof explores before it reports `tooManyStates` instead.
    var stateLimit = ConversationPaths.stateLimit

    package var dialogue: Dialogue { engine.dialogue }

    init(engine: ConversationEngine, stateLimit: Int = ConversationPaths.stateLimit) {
        self.engine = engine
        self.stateLimit = stateLimit
    }

    init(dialogue: Dialogue, stateLimit: Int = ConversationPaths.stateLimit) {
        self.init(engine: ConversationEngine(dialogue: dialogue), stateLimit: stateLimit)
    }

    package func findings() -> [CheckFinding] {
        let guarantees = dialogue.guarantees
        guard !guarantees.isEmpty else { return [] }
        let paths = ConversationPaths(dialogue, limit: stateLimit)
        if paths.isIncomplete {
            let source = guarantees.source ?? dialogue.start.source
            return [CheckFinding(.tooManyStates(limit: stateLimit), at: source)]
        }
        return firstQuestion(paths) + worksEverywhere(paths) + everyEndingMentions(paths) + everyPlanIncludes()
            + neverReaches(paths)
    }

    /// `first-question`: following the start's messages, the first node that waits is this question.
    private func firstQuestion(_ paths: ConversationPaths) -> [CheckFinding] {
        guard let expected = dialogue.guarantees.firstQuestion else { return [] }
        for (index, state) in paths.states.enumerated() {
            guard let node = paths.node(at: index) else { continue }
            if node.isMessage { continue }
            if node.question != nil, node.id == expected.id { return [] }
            let path = paths.path(to: state, ending: node.isEnd ? .end : .prompt)
            return [
                CheckFinding(
                    .guaranteeBroken(.firstQuestionIsNot(expected: expected.id), path: path), at: expected.source)
            ]
        }
        return []
    }

    /// `works-everywhere`: typing the command at every prompt shows its advice. Checked by asking the
    /// engine itself, at each prompt a conversation can reach.
    private func worksEverywhere(_ paths: ConversationPaths) -> [CheckFinding] {
        var findings: [CheckFinding] = []
        for named in dialogue.guarantees.worksEverywhere {
            guard let command = dialogue.anytime.first(where: { $0.command == named.name }) else { continue }
            for (index, state) in paths.states.enumerated() {
                guard let node = paths.node(at: index), let position = ConversationState.Position(waitingAt: node)
                else { continue }
                var progress = ConversationState.Progress(position: position)
                progress.flags = state.flags
                let step = engine.respond(to: command.command, in: ConversationState(progress: progress))
                if !step.events.contains(.visited(node: command.target.id)) {
                    let breach = GuaranteeBreach.commandDoesNotShow(
                        command: command.command, node: node.id, target: command.target.id)
                    let path = paths.path(to: state, ending: .prompt)
                    findings.append(CheckFinding(.guaranteeBroken(breach, path: path), at: named.source))
                    break
                }
            }
        }
        return findings
    }

    /// `every-ending-mentions`: at every end, the closing words and the support shown name each contact
    /// (`EndingMentions` searches each ending's words and each set of flags' support once).
    private func everyEndingMentions(_ paths: ConversationPaths) -> [CheckFinding] {
        everyEndingMentionsCounting(paths).findings
    }

    /// `everyEndingMentions`, and how many times texts were searched for it, for the test by size.
    func everyEndingMentionsCounting(_ paths: ConversationPaths) -> (findings: [CheckFinding], searches: Int) {
        var findings: [CheckFinding] = []
        var searches = 0
        for named in dialogue.guarantees.everyEndingMentions {
            guard let contact = dialogue.contacts.first(where: { $0.name == named.name }) else { continue }
            var mentions = EndingMentions(contact, in: dialogue)
            defer { searches += mentions.searches }
            for (index, state) in paths.states.enumerated() {
                guard let node = paths.node(at: index), let ending = node.ending else { continue }
                if mentions.named(at: node, ending: ending, flagSet: state.flagSet, flags: state.flags) { continue }
                let breach = GuaranteeBreach.endingLacksContact(
                    node: node.id, contact: contact.name, details: contact.details)
                let path = paths.path(to: state, ending: .end)
                findings.append(CheckFinding(.guaranteeBroken(breach, path: path), at: named.source))
                break
            }
        }
        return (findings, searches)
    }

    /// `every-plan-includes`: every plan the adult can see or save holds a step with the text, where the
    /// condition holds: the plan at each end, and the plan shown by `plan`, `quit` or `save` (or the end
    /// of input) at any prompt once the conversation has earned a step. Explored again with each node
    /// marked when it adds such a step (bit 1) and when it adds any step (bit 2). Steps added by
    /// `anytime` commands are not counted: a conversation need not use them.
    private func everyPlanIncludes() -> [CheckFinding] {
        var findings: [CheckFinding] = []
        let wantedBit: UInt8 = 1
        let earnedBit: UInt8 = 2
        for required in dialogue.guarantees.everyPlanIncludes {
            let wanted = Self.comparable(required.text)
            // Which plan steps hold the text, worked out once per node rather than at every state the
            // search reaches: that was more than half of `shipped.check` in Benchmarks/.
            var holdsWanted: [String: [Bool]] = [:]
            for node in dialogue.nodes where !node.plan.isEmpty {
                holdsWanted[node.id] = node.plan.map { Self.comparable($0.text).contains(wanted) }
            }
            let paths = ConversationPaths(dialogue, limit: stateLimit) { node, flags in
                let earned = node.plan.indices.filter { node.plan[$0].condition.holds(for: flags) }
                if earned.isEmpty { return 0 }
                let holds = holdsWanted[node.id] ?? []
                return earnedBit | (earned.contains { holds.indices.contains($0) && holds[$0] } ? wantedBit : 0)
            }
            if paths.isIncomplete {
                findings.append(CheckFinding(.tooManyStates(limit: stateLimit), at: required.source))
                continue
            }
            for (index, state) in paths.states.enumerated()
            where !state.marked && required.condition.holds(for: state.flags) {
                guard let node = paths.node(at: index) else { continue }
                let path: [PathStep]
                if node.isEnd {
                    path = paths.path(to: state, ending: .end)
                } else if !required.byTheEnd, node.takesCommands, state.marks & earnedBit != 0 {
                    path = paths.path(to: state, ending: .command(BuiltInCommand.quit.rawValue))
                } else {
                    continue
                }
                let breach = GuaranteeBreach.planLacksStep(
                    node: node.id, atEnd: node.isEnd, condition: required.condition, text: required.text)
                findings.append(CheckFinding(.guaranteeBroken(breach, path: path), at: required.source))
                break
            }
        }
        return findings
    }

    /// `never-reaches`: no conversation in which the condition holds arrives at one of the nodes, by
    /// an answer or by an `anytime` command typed at a prompt.
    private func neverReaches(_ paths: ConversationPaths) -> [CheckFinding] {
        var findings: [CheckFinding] = []
        for forbidden in dialogue.guarantees.neverReaches {
            let ids = Set(forbidden.nodeIDs(in: dialogue))
            if let path = forbiddenArrival(at: ids, when: forbidden.condition, paths) {
                let node = path.last?.node ?? ""
                let breach = GuaranteeBreach.reaches(node: node, condition: forbidden.condition)
                findings.append(CheckFinding(.guaranteeBroken(breach, path: path), at: forbidden.source))
            }
        }
        return findings
    }

    /// A shortest conversation that arrives at one of `ids` with `condition` holding, if there is one.
    private func forbiddenArrival(at ids: Set<String>, when condition: Condition, _ paths: ConversationPaths)
        -> [PathStep]?
    {
        for state in paths.states where ids.contains(state.node) && condition.holds(for: state.flags) {
            guard let node = dialogue.node(state.node) else { continue }
            let last: PathStep.Action = node.isEnd ? .end : node.waitsForInput ? .prompt : .message
            return paths.path(to: state, ending: last)
        }
        let commands = dialogue.anytime.filter { ids.contains($0.target.id) }
        guard !commands.isEmpty else { return nil }
        for state in paths.states where condition.holds(for: state.flags) {
            guard let node = dialogue.node(state.node), node.takesCommands else { continue }
            guard let command = commands.first(where: { $0.condition.holds(for: state.flags) }) else { continue }
            var path = paths.path(to: state, ending: .command(command.command))
            path.append(PathStep(node: command.target.id, action: .message))
            return path
        }
        return nil
    }

    /// Text as a guarantee compares it: lower case, with runs of spaces and line breaks made one space.
    private static func comparable(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
