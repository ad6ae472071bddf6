/// How a finished conversation ended, as a replay compares it with its transcript: at an end node, or
/// early, with the "ending here" notice and no end node.
package enum ConversationEnding: Hashable, Sendable {
    case atNode(String)
    case early

    /// The end node, or nil for ending early, as expectations and `ReplayChange.endingChanged` name it.
    var node: String? {
        switch self {
        case .atNode(let id): id
        case .early: nil
        }
    }
}
