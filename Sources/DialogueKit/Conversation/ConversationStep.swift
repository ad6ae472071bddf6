/// One turn of the conversation: the new state, what to show, and what happened.
package struct ConversationStep: Hashable, Sendable {
    package var state: ConversationState
    package var replies: [Reply]
    /// For each reply, the node whose text it shows; `nil` for Signpost's own notices, help and plan.
    package var origins: [String?]
    package var events: [ConversationEvent]
    /// What the shell must do for the adult: save the plan, or hide.
    package var effects: [Effect] = []

    /// Hands over the state, leaving a finished one behind, so that the next step can change the
    /// state's arrays in place (`ConversationEngine.respond(to:consuming:)`).
    package mutating func takeState() -> ConversationState {
        var taken = ConversationState(progress: .init(position: .finished))
        swap(&taken, &state)
        return taken
    }
}
