/// A node that ends the conversation with closing words and the plan.
public struct Ending: NodeBody {
    public let closing: SourcedText

    public init(closing: SourcedText) {
        self.closing = closing
    }

    public var edges: [Edge] { [] }
    public var texts: [DialogueText] { [DialogueText(closing, role: .closing)] }
}
