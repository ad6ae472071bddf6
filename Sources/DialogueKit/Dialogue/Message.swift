/// A node that shows its text and leads straight on.
public struct Message: NodeBody {
    public let next: NodeReference

    public init(next: NodeReference) {
        self.next = next
    }

    public var edges: [Edge] { [Edge(.next, to: next, source: next.source)] }
    public var texts: [DialogueText] { [] }
}
