/// The dialogue as an indented outline for a quick look in the terminal: each node once, in the order
/// a conversation meets it, with its answers leading to the nodes below them.
///
/// It walks with a stack of its own rather than by recursion, and stops indenting past a depth, so a
/// chain of a hundred thousand nodes prints as readily as a short one.
package struct OutlineRenderer: GraphRenderer {
    package init() {}

    package func render(_ graph: DialogueGraph) -> String {
        var lines = ["\(graph.file): \(graph.title)"]
        var seen: Set<String> = []
        var pending: [(id: String, prefix: String, indent: Int)] = []

        func walk(from id: String, prefix: String) {
            pending.append((id, prefix, 0))
            while let (id, prefix, indent) = pending.popLast() {
                lines.append(Self.indentation(indent) + prefix + describe(id, graph: graph, seen: seen))
                guard !seen.contains(id), let node = graph.node(id) else { continue }
                seen.insert(id)
                for edge in node.edges.reversed() {
                    pending.append((edge.target.id, Self.prefix(for: edge), indent + 1))
                }
            }
        }

        walk(from: graph.start, prefix: "")
        for command in graph.commands {
            walk(from: command.target.id, prefix: "anytime \(command.command) -> ")
        }
        for node in graph.nodes where !seen.contains(node.id) {
            walk(from: node.id, prefix: "unreachable: ")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func describe(_ id: String, graph: DialogueGraph, seen: Set<String>) -> String {
        guard let node = graph.node(id) else { return id + " (missing)" }
        if seen.contains(id) { return id + " (see above)" }
        let kind: String
        switch node.role {
        case .question: kind = "[ask]"
        case .message: kind = "[say]"
        case .collection: kind = "[collect]"
        case .end: kind = "[end]"
        }
        return "\(id) \(kind) \(node.summary)"
    }

    /// Deeper levels than this are not indented further, so a long chain of messages prints in space
    /// proportional to its length; their lines say how deep they are instead.
    static let deepestIndent = 30

    /// Two spaces a level, up to `deepestIndent`; past it, the level written out.
    private static func indentation(_ level: Int) -> String {
        guard level > deepestIndent else { return String(repeating: "  ", count: level) }
        return String(repeating: "  ", count: deepestIndent) + "(level \(level)) "
    }

    /// `Label (when flag) -> ` for an answer, `-> ` for any other way on.
    private static func prefix(for edge: Edge) -> String {
        guard let label = edge.label else { return edge.caption.map { "(\($0)) -> " } ?? "-> " }
        let condition = edge.condition.when.isEmpty ? "" : " (when \(edge.condition.when.joined(separator: ", ")))"
        return "\(label)\(condition) -> "
    }
}
