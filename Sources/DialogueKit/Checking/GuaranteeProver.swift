/// Proves the dialogue's declared guarantees over every state a conversation can reach, and shows a
/// conversation that breaks one when it does not hold.
struct GuaranteeProver {
    let dialogue: Dialogue
    /// The most states a proof explores before it reports `tooManyStates` instead.
    var stateLimit = ConversationPaths.stateLimit

    func findings() -> [CheckFinding] {
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
            let problem = "the first question asked is not '\(expected.id)'"
            let path = paths.path(to: state, ending: node.isEnd ? .end : .prompt)
            return [CheckFinding(.guaranteeBroken(guarantee: "first-question", problem: problem, path: path), at: expected.source)]
        }
        return []
    }

    /// `works-everywhere`: typing the command at every prompt shows its advice. Checked by asking the
    /// engine itself, at each prompt a conversation can reach.
    private func worksEverywhere(_ paths: ConversationPaths) -> [CheckFinding] {
        let engine = ConversationEngine(dialogue: dialogue)
        var findings: [CheckFinding] = []
        for named in dialogue.guarantees.worksEverywhere {
            guard let command = dialogue.anytime.first(where: { $0.command == named.name }) else { continue }
            for (index, state) in paths.states.enumerated() {
                guard let node = paths.node(at: index), let position = ConversationState.Position(waitingAt: node) else { continue }
                var progress = ConversationState.Progress(position: position)
                progress.flags = state.flags
                let step = engine.respond(to: command.command, in: ConversationState(progress: progress))
                if !step.events.contains(.visited(node: command.target.id)) {
                    let problem = "typing '\(command.command)' at '\(node.id)' does not show '\(command.target.id)'"
                    findings.append(
                        CheckFinding(.guaranteeBroken(guarantee: "works-everywhere", problem: problem, path: paths.path(to: state, ending: .prompt)), at: named.source))
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
                let problem = "the ending at '\(node.id)' does not mention \(contact.name) (\(contact.details.joined(separator: ", ")))"
                findings.append(
                    CheckFinding(.guaranteeBroken(guarantee: "every-ending-mentions", problem: problem, path: paths.path(to: state, ending: .end)), at: named.source))
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
            let paths = ConversationPaths(dialogue, limit: stateLimit) { node, flags in
                let earned = node.plan.filter { $0.condition.holds(for: flags) }
                if earned.isEmpty { return 0 }
                return earnedBit | (earned.contains { Self.comparable($0.text).contains(wanted) } ? wantedBit : 0)
            }
            if paths.isIncomplete {
                findings.append(CheckFinding(.tooManyStates(limit: stateLimit), at: required.source))
                continue
            }
            for (index, state) in paths.states.enumerated() where !state.marked && required.condition.holds(for: state.flags) {
                guard let node = paths.node(at: index) else { continue }
                let problem: String
                let path: [PathStep]
                if node.isEnd {
                    problem = "the plan at the end '\(node.id)'\(Self.describe(required.condition)) has no step that says '\(required.text)'"
                    path = paths.path(to: state, ending: .end)
                } else if !required.byTheEnd, node.takesCommands, state.marks & earnedBit != 0 {
                    problem = "the plan shown at '\(node.id)'\(Self.describe(required.condition)) (by 'plan', 'quit' or 'save') has no step that says '\(required.text)'"
                    path = paths.path(to: state, ending: .command(BuiltInCommand.quit.rawValue))
                } else {
                    continue
                }
                findings.append(CheckFinding(.guaranteeBroken(guarantee: "every-plan-includes", problem: problem, path: path), at: required.source))
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
                let problem = "a conversation\(Self.describe(forbidden.condition)) reaches '\(node)'"
                findings.append(CheckFinding(.guaranteeBroken(guarantee: "never-reaches", problem: problem, path: path), at: forbidden.source))
            }
        }
        return findings
    }

    /// A shortest conversation that arrives at one of `ids` with `condition` holding, if there is one.
    private func forbiddenArrival(at ids: Set<String>, when condition: Condition, _ paths: ConversationPaths) -> [PathStep]? {
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

    /// The condition as words for a finding, such as " with 'staff' set"; empty when it always holds.
    private static func describe(_ condition: Condition) -> String {
        func names(_ flags: [String]) -> String { flags.map { "'\($0)'" }.joined(separator: " and ") }
        var parts: [String] = []
        if !condition.when.isEmpty { parts.append("\(names(condition.when)) set") }
        if !condition.unless.isEmpty { parts.append("\(names(condition.unless)) not set") }
        return parts.isEmpty ? "" : " with " + parts.joined(separator: " and ")
    }
}
