/// One answer the adult gave: the question, the answer taken, and how far back `change` must go.
public struct GivenAnswer: Hashable, Sendable {
    public let node: String
    public let question: String
    public let answer: String
    /// How many checkpoints there were before this answer; `change` goes back to that many.
    public let checkpoint: Int

    public init(node: String, question: String, answer: String, checkpoint: Int) {
        self.node = node
        self.question = question
        self.answer = answer
        self.checkpoint = checkpoint
    }
}
