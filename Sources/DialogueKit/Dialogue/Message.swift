/// A node that shows its text and leads straight on, or, when it pauses, waits for the adult to press
/// Enter first, so that urgent advice is read on its own before anything else appears.
public struct Message: NodeBody {
    public let next: NodeReference
    /// Whether the conversation waits for Enter after the text.
    public let pauses: Bool

    public init(next: NodeReference, pauses: Bool = false) {
        self.next = next
        self.pauses = pauses
    }

    public var edges: [Edge] { [Edge(.next, to: next, source: next.source)] }
    public var texts: [DialogueText] { [] }
}
