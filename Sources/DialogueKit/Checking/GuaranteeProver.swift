/// Proves the dialogue's declared guarantees over every state a conversation can reach, and shows a
/// conversation that breaks one when it does not hold.
struct GuaranteeProver {
    let dialogue: Dialogue

    func findings() -> [CheckFinding] {
        let guarantees = dialogue.guarantees
        guard guarantees.firstQuestion != nil || !guarantees.worksEverywhere.isEmpty || !guarantees.everyEndingMentions.isEmpty
        else { return [] }
        let paths = ConversationPaths(dialogue)
        return firstQuestion(paths) + worksEverywhere(paths) + everyEndingMentions(paths)
    }

    /// `first-question`: following the start's messages, the first node that waits is this question.
    private func firstQuestion(_ paths: ConversationPaths) -> [CheckFinding] {
        guard let expected = dialogue.guarantees.firstQuestion else { return [] }
        for state in paths.states {
            guard let node = dialogue.node(state.node) else { continue }
            switch node.kind {
            case .message: continue
            case .question where node.id == expected.id: return []
            default:
                let problem = "the first question asked is not '\(expected.id)'"
                let path = paths.path(to: state, ending: node.isEnd ? .end : .prompt)
                return [CheckFinding(.guaranteeBroken(guarantee: "first-question", problem: problem, path: path), at: expected.source)]
            }
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
                guard let node = dialogue.node(state.node) else { continue }
                var progress = ConversationState.Progress(position: .finished)
                switch node.kind {
                case .question: progress.position = .question(node.id)
                case .collect: progress.position = .collect(node.id)
                default: continue
                }
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
                guard let node = dialogue.node(state.node), case .end(let closing) = node.kind else { continue }
                let shown = ([closing] + dialogue.support.filter { $0.condition.holds(for: state.flags) }.map(\.text))
                    .joined(separator: "\n").lowercased()
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
