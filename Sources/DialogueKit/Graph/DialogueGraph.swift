/// The dialogue as a graph, the one model every picture and outline is drawn from: its nodes with their
/// role and a short summary, the ways on from each, and the `anytime` commands.
package struct DialogueGraph: Sendable {
    /// How a node takes part in the conversation, which decides how pictures draw it.
    enum Role: Sendable {
        case question, message, collection, end
    }

    package struct Node: Sendable {
        let id: String
        let role: Role
        /// The words the node shows first, shortened to fit in a box.
        let summary: String
        /// The ways on, in the order they are written.
        let edges: [Edge]
    }

    package let title: String
    /// The file the dialogue was loaded from.
    package let file: String
    package let start: String
    /// Nodes in the order they are written.
    package let nodes: [Node]
    package let commands: [AnytimeCommand]
    private let indexByID: [String: Int]

    package init(_ dialogue: Dialogue) {
        title = dialogue.title
        file = dialogue.file
        start = dialogue.start.id
        nodes = dialogue.nodes.map { node in
            Node(id: node.id, role: Self.role(of: node), summary: Self.summary(of: node), edges: node.edges)
        }
        commands = dialogue.anytime
        var index: [String: Int] = [:]
        for (position, node) in nodes.enumerated() where index[node.id] == nil { index[node.id] = position }
        indexByID = index
    }

    package func node(_ id: String) -> Node? {
        indexByID[id].map { nodes[$0] }
    }

    private static func role(of node: DialogueNode) -> Role {
        switch node.kind {
        case .question: .question
        case .message: .message
        case .collect: .collection
        case .end: .end
        }
    }

    /// The node's leading words (its question, prompt or closing words, or else its first paragraph),
    /// on one line and at most 48 characters.
    package static func summary(of node: DialogueNode) -> String {
        let leading: Set<DialogueText.Role> = [.question, .collectionPrompt, .closing]
        let text = node.texts.first { leading.contains($0.role) }?.text ?? node.say.first?.text ?? ""
        let flattened = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return flattened.count > 48 ? String(flattened.prefix(45)) + "..." : flattened
    }
}
