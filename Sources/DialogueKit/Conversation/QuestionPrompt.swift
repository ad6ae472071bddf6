/// A question as the adult sees it: its words, any help, and the answers offered, in order.
package struct QuestionPrompt: Hashable, Sendable {
    package let text: String
    package let help: String?
    package let options: [String]

    package init(text: String, help: String?, options: [String]) {
        self.text = text
        self.help = help
        self.options = options
    }
}
