/// The dialogue as an indented outline for a quick look in the terminal: each node once, in the order
/// a conversation meets it, with its answers leading to the nodes below them.
public enum DialogueOutline {
    public static func render(_ dialogue: Dialogue) -> String {
        var lines = ["\(dialogue.file): \(dialogue.title)"]
        var seen: Set<String> = []

        func describe(_ id: String) -> String {
            guard let node = dialogue.node(id) else { return id + " (missing)" }
            if seen.contains(id) { return id + " (see above)" }
            let kind: String
            switch node.kind {
            case .question: kind = "[ask]"
            case .message: kind = "[say]"
            case .collect: kind = "[collect]"
            case .end: kind = "[end]"
            }
            return "\(id) \(kind) \(DialogueGraph.summary(of: node))"
        }

        func visit(_ id: String, prefix: String, indent: Int) {
            let firstTime = !seen.contains(id)
            lines.append(String(repeating: "  ", count: indent) + prefix + describe(id))
            guard firstTime, let node = dialogue.node(id) else { return }
            seen.insert(id)
            switch node.kind {
            case .question(_, _, let choices):
                for choice in choices {
                    let condition = choice.condition.when.isEmpty ? "" : " (when \(choice.condition.when.joined(separator: ", ")))"
                    visit(choice.target.id, prefix: "\(choice.label)\(condition) -> ", indent: indent + 1)
                }
            case .message(let next), .collect(_, _, _, let next):
                visit(next.id, prefix: "-> ", indent: indent + 1)
            case .end:
                break
            }
        }

        visit(dialogue.start.id, prefix: "", indent: 0)
        for command in dialogue.anytime {
            visit(command.target.id, prefix: "anytime \(command.command) -> ", indent: 0)
        }
        for node in dialogue.nodes where !seen.contains(node.id) {
            visit(node.id, prefix: "unreachable: ", indent: 0)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
