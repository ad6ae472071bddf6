/// What the engine can do at a node, given the flags set: the one model the engine follows and the
/// checker's proofs explore, so that a proof covers exactly the conversations the engine can have.
extension DialogueNode {
    /// The ways on the engine can take from here with `flags`: a message's one route (the first whose
    /// condition holds, else its default), each answer a question offers, a collection's end of list,
    /// and nothing at an end.
    func waysOn(with flags: Set<String>) -> [Edge] {
        switch kind {
        case .message(let message): [message.way(for: flags)]
        case .question(let question): question.edges.filter { $0.condition.holds(for: flags) }
        case .collect(let gathering): gathering.edges
        case .end: []
        }
    }

    /// Whether the adult types here (a question, a collection or a paused message), so that commands,
    /// built-in and `anytime`, can be typed: where a plan can be shown or saved and advice called up.
    var takesCommands: Bool { ConversationState.Position(waitingAt: self) != nil }
}
