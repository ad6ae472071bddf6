/// A node that ends the conversation with closing words and the plan.
package struct Ending: NodeBody {
    let closing: SourcedText

    init(closing: SourcedText) {
        self.closing = closing
    }

    var edges: [Edge] { [] }
    var texts: [DialogueText] { [DialogueText(closing, role: .closing)] }
}
