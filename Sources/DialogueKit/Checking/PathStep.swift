/// One step of a conversation, as a broken guarantee shows it.
package struct PathStep: Hashable, Sendable, CustomStringConvertible {
    package enum Action: Hashable, Sendable {
        case answer(String)
        case message, collection, end, prompt
        /// The adult typed an `anytime` command at this prompt.
        case command(String)
    }

    package let node: String
    package let action: Action

    package init(node: String, action: Action) {
        self.node = node
        self.action = action
    }

    package var description: String {
        switch action {
        case .answer(let label): "at '\(node)', answer '\(label)'"
        case .message: "'\(node)' shows its message"
        case .collection: "at '\(node)', press Enter on an empty line"
        case .end: "'\(node)' ends the conversation"
        case .prompt: "'\(node)' waits for an answer"
        case .command(let command): "at '\(node)', type '\(command)'"
        }
    }
}

extension PathStep.Action {
    /// What the adult does to follow an edge.
    package init(_ trigger: Edge.Trigger) {
        switch trigger {
        case .answer(let label, _): self = .answer(label)
        case .next: self = .message
        case .listFinished: self = .collection
        }
    }
}
