/// Something that happened on the way, for coverage reports and for finding where two runs diverge.
package enum ConversationEvent: Hashable, Sendable {
    case visited(node: String)
    /// An answer taken at a question; `choice` is its index among all the node's choices as written.
    case answered(node: String, choice: Int)
    case earned(PlanItem)
    case ended(node: String)
}
