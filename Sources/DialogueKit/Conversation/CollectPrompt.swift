/// A request for entries, one per line, with how many have been gathered so far.
package struct CollectPrompt: Hashable, Sendable {
    package let text: String
    package let help: String?
    /// How many entries have been gathered so far.
    package let count: Int

    package init(text: String, help: String?, count: Int) {
        self.text = text
        self.help = help
        self.count = count
    }
}
