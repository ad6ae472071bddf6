/// One turn of the conversation: the new state, what to show, and what happened.
public struct ConversationStep: Hashable, Sendable {
    public var state: ConversationState
    public var replies: [Reply]
    /// For each reply, the node whose text it shows; `nil` for Signpost's own notices, help and plan.
    public var origins: [String?]
    public var events: [ConversationEvent]
    /// What the shell must do for the adult: save the plan, or hide.
    public var effects: [Effect] = []

    /// Hands over the state, leaving a finished one behind, so that the next step can change the
    /// state's arrays in place (`ConversationEngine.respond(to:consuming:)`).
    public mutating func takeState() -> ConversationState {
        var taken = ConversationState(progress: .init(position: .finished))
        swap(&taken, &state)
        return taken
    }
}
