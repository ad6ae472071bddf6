/// The dialogue as a Mermaid flowchart, with the same shapes and labels as the DOT picture.
struct MermaidRenderer: GraphRenderer {

    package func render(_ graph: DialogueGraph) -> String {
        var ids = MermaidIDs()
        var out = "flowchart TD\n"
        out += "  start((start)) --> \(ids.id(for: graph.start))\n"
        for node in graph.nodes {
            let label = quoted(node.id + ": " + node.summary)
            let id = ids.id(for: node.id)
            switch node.role {
            case .question: out += "  \(id){\(label)}\n"
            case .message: out += "  \(id)(\(label))\n"
            case .collection: out += "  \(id)[/\(label)/]\n"
            case .end: out += "  \(id)([\(label)])\n"
            }
        }
        for node in graph.nodes {
            for edge in node.edges {
                let label = edge.caption.map { " -- \(quoted($0)) -->" } ?? " -->"
                out += "  \(ids.id(for: node.id))\(label) \(ids.id(for: edge.target.id))\n"
            }
        }
        for (index, command) in graph.commands.enumerated() {
            out +=
                "  anytime_\(index + 1)>\(quoted("anytime: " + command.command))] -. from any prompt .-> \(ids.id(for: command.target.id))\n"
        }
        return out
    }

    /// A quoted Mermaid label; quotes inside become Mermaid's `#quot;` entity.
    private func quoted(_ text: String) -> String {
        "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "#quot;") + "\""
    }
}

/// Mermaid ids for node ids: letters and digits kept, anything else `_`, made unique with a counter.
private struct MermaidIDs {
    private var ids: [String: String] = [:]
    private var taken: Set<String> = []

    package mutating func id(for node: String) -> String {
        if let known = ids[node] { return known }
        let base = "n_" + String(node.map { $0.isLetter || $0.isNumber ? $0 : "_" })
        var candidate = base
        var counter = 2
        while taken.contains(candidate) {
            candidate = base + "_\(counter)"
            counter += 1
        }
        ids[node] = candidate
        taken.insert(candidate)
        return candidate
    }
}
