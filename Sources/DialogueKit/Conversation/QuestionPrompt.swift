/// A question as the adult sees it: its words, any help, and the answers offered, in order.
public struct QuestionPrompt: Hashable, Sendable {
    public let text: String
    public let help: String?
    public let options: [String]

    public init(text: String, help: String?, options: [String]) {
        self.text = text
        self.help = help
        self.options = options
    }
}
