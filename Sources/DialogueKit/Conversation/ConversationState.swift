/// Where a conversation stands. A value: the engine takes one and returns the next, so `back` and
/// `change` are a matter of keeping the earlier ones.
package struct ConversationState: Hashable, Sendable {
    package enum Position: Hashable, Sendable {
        /// Waiting for an answer to the question at this node.
        case question(String)
        /// Gathering entries at this collection node.
        case collect(String)
        /// Showing a message that waits for Enter before the conversation goes on.
        case paused(String)
        /// The conversation has ended.
        case finished
    }

    /// Everything one step can change, so undoing a step restores all of it.
    package struct Progress: Hashable, Sendable {
        var position: Position
        var flags: Set<String> = []
        /// Plan items earned, in order, without duplicates (see `earn`).
        var plan: [PlanItem] = []
        /// The texts of `plan`, so that earning an item is not a search through every earlier one
        /// (a long conversation's plan grows by a step or more each turn).
        private var planTexts: Set<String> = []
        /// Entries gathered by collection nodes, by collection name.
        package internal(set) var collected: [String: [String]] = [:]
        /// The answers given, in order, for `answers` and `change`.
        package internal(set) var answers: [GivenAnswer] = []
        /// Where to go back to when a pause shown by an `anytime` command ends; `nil` in the flow.
        package internal(set) var returnTo: Position?

        init(position: Position) {
            self.position = position
        }

        /// Adds a plan item unless the plan already has one with the same text; whether it was added.
        mutating func earn(_ item: PlanItem) -> Bool {
            guard planTexts.insert(item.text).inserted else { return false }
            plan.append(item)
            return true
        }

        /// Keeps only the first `count` plan items.
        mutating func cutPlan(to count: Int) {
            while plan.count > count, let item = plan.popLast() { planTexts.remove(item.text) }
        }
    }

    /// An earlier progress kept for `back` and `change`, with what the adult did next.
    ///
    /// The plan, the answers and the entries only ever grow between checkpoints, so a checkpoint keeps
    /// their lengths rather than copies: restoring one cuts them back. Keeping copies made every turn
    /// copy every earlier turn's arrays, and a long conversation grew in the square of its length.
    struct Checkpoint: Hashable, Sendable {
        enum Reason: Hashable, Sendable {
            case answer, entry, listFinished, continued, quit
            /// An `anytime` command, by the name it was typed as.
            case command(String)
        }

        let position: Position
        let flags: Set<String>
        let planCount: Int
        let answerCount: Int
        let entryCounts: [String: Int]
        let returnTo: Position?
        let reason: Reason

        init(_ progress: Progress, reason: Reason) {
            position = progress.position
            flags = progress.flags
            planCount = progress.plan.count
            answerCount = progress.answers.count
            entryCounts = progress.collected.mapValues(\.count)
            returnTo = progress.returnTo
            self.reason = reason
        }

        /// `progress` as it was at this checkpoint.
        func restore(_ progress: inout Progress) {
            progress.position = position
            progress.flags = flags
            progress.cutPlan(to: planCount)
            progress.answers.removeLast(max(progress.answers.count - answerCount, 0))
            progress.collected = progress.collected.reduce(into: [:]) { kept, entry in
                guard let count = entryCounts[entry.key], count > 0 else { return }
                kept[entry.key] = Array(entry.value.prefix(count))
            }
            progress.returnTo = returnTo
        }
    }

    package internal(set) var progress: Progress
    /// Earlier progress, most recent last.
    var undo: [Checkpoint] = []
    /// Whether the last line was `restart` and Signpost asked before discarding the answers: typing
    /// `restart` again now starts again; any other line forgets the question.
    var restartAsked = false

    package init(progress: Progress) {
        self.progress = progress
    }

    package var position: Position { progress.position }
    package var flags: Set<String> { progress.flags }
    package var isFinished: Bool { progress.position == .finished }
}

extension ConversationState.Position {
    /// The position of a conversation waiting at `node`; `nil` for nodes that do not wait.
    init?(waitingAt node: DialogueNode) {
        if node.question != nil {
            self = .question(node.id)
        } else if node.gathering != nil {
            self = .collect(node.id)
        } else if case .message(let message) = node.kind, message.pauses {
            self = .paused(node.id)
        } else {
            return nil
        }
    }

    /// The node the conversation waits at; `nil` once it has finished.
    package var node: String? {
        switch self {
        case .question(let id), .collect(let id), .paused(let id): id
        case .finished: nil
        }
    }
}
