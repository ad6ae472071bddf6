/// The dialogue as a picture: Graphviz DOT or Mermaid text. Questions, messages, collections and ends
/// have shapes of their own; edges carry the answers; each `anytime` command is drawn once.
public enum DialogueGraph {
    public enum Format: String, CaseIterable, Sendable {
        case dot, mermaid
    }

    public static func render(_ dialogue: Dialogue, as format: Format) -> String {
        switch format {
        case .dot: dot(dialogue)
        case .mermaid: mermaid(dialogue)
        }
    }

    /// The words a node shows first, shortened to fit in a box.
    static func summary(of node: DialogueNode) -> String {
        let text: String
        switch node.kind {
        case .question(let ask, _, _): text = ask
        case .collect(let prompt, _, _, _): text = prompt
        case .end(let closing): text = closing
        case .message: text = node.say.first?.text ?? ""
        }
        let flattened = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return flattened.count > 48 ? String(flattened.prefix(45)) + "..." : flattened
    }

    private static func dot(_ dialogue: Dialogue) -> String {
        var out = "digraph dialogue {\n"
        out += "  graph [rankdir=TB, fontname=\"Helvetica\", label=\(dotString(dialogue.title)), labelloc=t];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=10];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=9];\n"
        out += "  \"start\" [shape=circle, label=\"start\", width=0.5];\n"
        for node in dialogue.nodes {
            let shape: String
            switch node.kind {
            case .question: shape = "shape=diamond, style=filled, fillcolor=\"#fff3c4\""
            case .message: shape = "shape=box, style=rounded"
            case .collect: shape = "shape=parallelogram, style=filled, fillcolor=\"#dbeafe\""
            case .end: shape = "shape=doubleoctagon, style=filled, fillcolor=\"#d1fae5\""
            }
            out += "  \(dotString(node.id)) [\(shape), label=\(dotString(node.id + "\n" + summary(of: node)))];\n"
        }
        out += "  \"start\" -> \(dotString(dialogue.start.id));\n"
        for node in dialogue.nodes {
            switch node.kind {
            case .question(_, _, let choices):
                for choice in choices {
                    out += "  \(dotString(node.id)) -> \(dotString(choice.target.id)) [label=\(dotString(choice.label))];\n"
                }
            case .message(let next), .collect(_, _, _, let next):
                out += "  \(dotString(node.id)) -> \(dotString(next.id));\n"
            case .end:
                break
            }
        }
        for command in dialogue.anytime {
            let id = "anytime: " + command.command
            out += "  \(dotString(id)) [shape=note, label=\(dotString("anytime\n" + command.command))];\n"
            out += "  \(dotString(id)) -> \(dotString(command.target.id)) [style=dashed, label=\"from any prompt\"];\n"
        }
        return out + "}\n"
    }

    private static func dotString(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out + "\""
    }

    private static func mermaid(_ dialogue: Dialogue) -> String {
        var ids: [String: String] = [:]
        func id(_ node: String) -> String {
            if let known = ids[node] { return known }
            let base = "n_" + String(node.map { $0.isLetter || $0.isNumber ? $0 : "_" })
            var candidate = base
            var counter = 2
            while ids.values.contains(candidate) {
                candidate = base + "_\(counter)"
                counter += 1
            }
            ids[node] = candidate
            return candidate
        }
        var out = "flowchart TD\n"
        out += "  start((start)) --> \(id(dialogue.start.id))\n"
        for node in dialogue.nodes {
            let label = mermaidString(node.id + ": " + summary(of: node))
            switch node.kind {
            case .question: out += "  \(id(node.id)){\(label)}\n"
            case .message: out += "  \(id(node.id))(\(label))\n"
            case .collect: out += "  \(id(node.id))[/\(label)/]\n"
            case .end: out += "  \(id(node.id))([\(label)])\n"
            }
        }
        for node in dialogue.nodes {
            switch node.kind {
            case .question(_, _, let choices):
                for choice in choices {
                    out += "  \(id(node.id)) -- \(mermaidString(choice.label)) --> \(id(choice.target.id))\n"
                }
            case .message(let next), .collect(_, _, _, let next):
                out += "  \(id(node.id)) --> \(id(next.id))\n"
            case .end:
                break
            }
        }
        for (index, command) in dialogue.anytime.enumerated() {
            out += "  anytime_\(index + 1)>\(mermaidString("anytime: " + command.command))] -. from any prompt .-> \(id(command.target.id))\n"
        }
        return out
    }

    /// A quoted Mermaid label; quotes inside become Mermaid's `#quot;` entity.
    private static func mermaidString(_ text: String) -> String {
        "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "#quot;") + "\""
    }
}

