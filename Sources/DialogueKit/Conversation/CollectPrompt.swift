/// A request for entries, one per line, with how many have been gathered so far.
public struct CollectPrompt: Hashable, Sendable {
    public let text: String
    public let help: String?
    /// How many entries have been gathered so far.
    public let count: Int

    public init(text: String, help: String?, count: Int) {
        self.text = text
        self.help = help
        self.count = count
    }
}
