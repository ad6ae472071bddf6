/// A command the adult can type at any prompt, such as `999`: it shows a node's advice, then returns
/// to the question they were answering.
package struct AnytimeCommand: Hashable, Sendable {
    package let command: String
    package let synonyms: [String]
    package let target: NodeReference
    /// What `help` says the command does.
    package let help: String
    /// When the command is available; always, unless the author limits it by flags.
    package let condition: Condition
    package let source: SourceReference

    init(
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
