/// The dialogue as Graphviz DOT: questions as diamonds, messages as rounded boxes, collections as
/// parallelograms, ends as double octagons; answers label the edges; each `anytime` command once.
struct DotRenderer: GraphRenderer {

    package func render(_ graph: DialogueGraph) -> String {
        var out = "digraph dialogue {\n"
        out += "  graph [rankdir=TB, fontname=\"Helvetica\", label=\(quoted(graph.title)), labelloc=t];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=10];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=9];\n"
        out += "  \"start\" [shape=circle, label=\"start\", width=0.5];\n"
        for node in graph.nodes {
            out += "  \(quoted(node.id)) [\(shape(node.role)), label=\(quoted(node.id + "\n" + node.summary))];\n"
        }
        out += "  \"start\" -> \(quoted(graph.start));\n"
        for node in graph.nodes {
            for edge in node.edges {
                let label = edge.caption.map { " [label=\(quoted($0))]" } ?? ""
                out += "  \(quoted(node.id)) -> \(quoted(edge.target.id))\(label);\n"
            }
        }
        for command in graph.commands {
            let id = "anytime: " + command.command
            out += "  \(quoted(id)) [shape=note, label=\(quoted("anytime\n" + command.command))];\n"
            out += "  \(quoted(id)) -> \(quoted(command.target.id)) [style=dashed, label=\"from any prompt\"];\n"
        }
        return out + "}\n"
    }

    private func shape(_ role: DialogueGraph.Role) -> String {
        switch role {
        case .question: "shape=diamond, style=filled, fillcolor=\"#fff3c4\""
        case .message: "shape=box, style=rounded"
        case .collection: "shape=parallelogram, style=filled, fillcolor=\"#dbeafe\""
        case .end: "shape=doubleoctagon, style=filled, fillcolor=\"#d1fae5\""
        }
    }

    private func quoted(_ text: String) -> String {
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
}
