/// The line a front end sends for an answer picked from a list rather than typed: a web page's radio
/// button, or an answer kept when an earlier one is changed.
extension ConversationEngine {
    /// The answer's label, or its number where the label would be read as something else; `certain` is
    /// false when neither is read as that answer (the label is given then, and the engine says what it
    /// makes of it). `nil` when no answer is offered at `position` (from 0, among those offered in
    /// `state`) of the question at `node`.
    package func line(choosing position: Int, at node: String, in state: ConversationState)
        -> (text: String, certain: Bool)?
    {
        guard let question = dialogue.node(node)?.question else { return nil }
        let offered = question.offered(for: state.flags)
        guard offered.indices.contains(position) else { return nil }
        let label = offered[position].choice.label
        let wanted = ConversationEvent.answered(node: node, choice: offered[position].index)
        for candidate in [label, String(position + 1)] where respond(to: candidate, in: state).events.contains(wanted) {
            return (candidate, true)
        }
        return (label, false)
    }
}
