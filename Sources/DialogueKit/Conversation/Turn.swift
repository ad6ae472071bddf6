/// One turn in progress: the state being changed, the replies and the events so far.
package struct Turn {
    package var state: ConversationState
    package var replies: [Reply] = []
    package var origins: [String?] = []
    package var events: [ConversationEvent] = []
    package var effects: [Effect] = []

    /// Adds a reply; `node` is the dialogue node whose text it shows, if any.
    package mutating func append(_ reply: Reply, from node: String? = nil) {
        replies.append(reply)
        origins.append(node)
    }

    mutating func appendPrompt(_ prompt: (Reply, String)?) {
        if let (reply, node) = prompt { append(reply, from: node) }
    }

    /// Keeps the progress before a step, so `back` restores flags, plan, answers and collections together.
    mutating func checkpoint(_ reason: ConversationState.Checkpoint.Reason) {
        state.undo.append(ConversationState.Checkpoint(state.progress, reason: reason))
    }

    package var step: ConversationStep {
        ConversationStep(state: state, replies: replies, origins: origins, events: events, effects: effects)
    }
}
