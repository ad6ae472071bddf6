/// One answer the adult gave: the question, the answer taken, and how far back `change` must go.
package struct GivenAnswer: Hashable, Sendable {
    package let node: String
    package let question: String
    package let answer: String
    /// How many checkpoints there were before this answer; `change` goes back to that many.
    let checkpoint: Int

    package init(node: String, question: String, answer: String, checkpoint: Int) {
        self.node = node
        self.question = question
        self.answer = answer
        self.checkpoint = checkpoint
    }
}
