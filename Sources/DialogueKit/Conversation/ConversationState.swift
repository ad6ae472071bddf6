/// Where a conversation stands. A value: the engine takes one and returns the next, so `back` is a
/// matter of keeping the previous ones.
public struct ConversationState: Hashable, Sendable {
    public enum Position: Hashable, Sendable {
        /// Waiting for an answer to the question at this node.
        case question(String)
        /// Gathering entries at this collection node.
        case collect(String)
        /// The conversation has ended.
        case finished
    }

    /// Everything one answer can change, so undoing an answer restores all of it.
    public struct Progress: Hashable, Sendable {
        public var position: Position
        public var flags: Set<String> = []
        /// Plan items earned, in order, without duplicates.
        public var plan: [PlanItem] = []
        /// Entries gathered by collection nodes, by collection name.
        public var collected: [String: [String]] = [:]

        public init(position: Position) {
            self.position = position
        }
    }

    public var progress: Progress
    /// Earlier progress, most recent last, for `back`.
    public var undo: [Progress] = []

    public init(progress: Progress) {
        self.progress = progress
    }

    public var position: Position { progress.position }
    public var flags: Set<String> { progress.flags }
    public var isFinished: Bool { progress.position == .finished }
}

extension ConversationState.Position {
    /// The position of a conversation waiting at `node`; `nil` for nodes that do not wait.
    init?(waitingAt node: DialogueNode) {
        if node.question != nil {
            self = .question(node.id)
        } else if node.gathering != nil {
            self = .collect(node.id)
        } else {
            return nil
        }
    }
}

extension ConversationState.Position {
    /// The node the conversation waits at; `nil` once it has finished.
    public var node: String? {
        switch self {
        case .question(let id), .collect(let id): id
        case .finished: nil
        }
    }
}
