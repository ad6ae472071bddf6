/// Proves the dialogue's declared guarantees over every state a conversation can reach, and shows a
/// conversation that breaks one when it does not hold.
struct GuaranteeProver {
    let dialogue: Dialogue

    func findings() -> [CheckFinding] {
        let guarantees = dialogue.guarantees
        guard !guarantees.isEmpty else { return [] }
        let paths = ConversationPaths(dialogue)
        if paths.isIncomplete {
            let source = guarantees.source ?? dialogue.start.source
            return [CheckFinding(.tooManyStates(limit: ConversationPaths.stateLimit), at: source)]
        }
        return firstQuestion(paths) + worksEverywhere(paths) + everyEndingMentions(paths)
    }

    /// `first-question`: following the start's messages, the first node that waits is this question.
    private func firstQuestion(_ paths: ConversationPaths) -> [CheckFinding] {
        guard let expected = dialogue.guarantees.firstQuestion else { return [] }
        for state in paths.states {
            guard let node = dialogue.node(state.node) else { continue }
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
            for state in paths.states {
                guard let node = dialogue.node(state.node), let position = ConversationState.Position(waitingAt: node) else { continue }
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

    /// `every-ending-mentions`: at every end, the closing words and the support shown name each contact.
    private func everyEndingMentions(_ paths: ConversationPaths) -> [CheckFinding] {
        var findings: [CheckFinding] = []
        for named in dialogue.guarantees.everyEndingMentions {
            guard let contact = dialogue.contacts.first(where: { $0.name == named.name }) else { continue }
            for state in paths.states {
                guard let node = dialogue.node(state.node), let ending = node.ending else { continue }
                let shown = ([ending.closing.text] + dialogue.support(for: state.flags)).joined(separator: "\n").lowercased()
                if !contact.details.contains(where: { shown.contains($0.lowercased()) }) {
                    let problem = "the ending at '\(node.id)' does not mention \(contact.name) (\(contact.details.joined(separator: ", ")))"
                    findings.append(
                        CheckFinding(.guaranteeBroken(guarantee: "every-ending-mentions", problem: problem, path: paths.path(to: state, ending: .end)), at: named.source))
                    break
                }
            }
        }
        return findings
    }
}
