/// What every kind of node can say about itself, so that code walking a dialogue reads these two
/// lists instead of switching on the kind.
protocol NodeBody: Hashable, Sendable {
    /// The ways on from the node, in the order they are written.
    var edges: [Edge] { get }
    /// The prose the kind itself holds (a question's words, an end's closing words), in order.
    var texts: [DialogueText] { get }
}
