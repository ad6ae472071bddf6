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

/// Something that happened on the way, for coverage reports and for finding where two runs diverge.
public enum ConversationEvent: Hashable, Sendable {
    case visited(node: String)
    /// An answer taken at a question; `choice` is its index among all the node's choices as written.
    case answered(node: String, choice: Int)
    case earned(PlanItem)
    case ended(node: String)
}

/// One turn of the conversation: the new state, what to show, and what happened.
public struct ConversationStep: Hashable, Sendable {
    public var state: ConversationState
    public var replies: [Reply]
    /// For each reply, the node whose text it shows; `nil` for Signpost's own notices, help and plan.
    public var origins: [String?]
    public var events: [ConversationEvent]
}
