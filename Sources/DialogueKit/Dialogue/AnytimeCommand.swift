/// A command the adult can type at any prompt, such as `999`: it shows a node's advice, then returns
/// to the question they were answering.
public struct AnytimeCommand: Hashable, Sendable {
    public let command: String
    public let synonyms: [String]
    public let target: NodeReference
    /// What `help` says the command does.
    public let help: String
    /// When the command is available; always, unless the author limits it by flags.
    public let condition: Condition
    public let source: SourceReference

    public init(
        command: String, synonyms: [String] = [], target: NodeReference, help: String, condition: Condition = .always,
        source: SourceReference
    ) {
        self.command = command
        self.synonyms = synonyms
        self.target = target
        self.help = help
        self.condition = condition
        self.source = source
    }
}
