/// The commands that work at every prompt, whatever the dialogue says.
package enum BuiltInCommand: String, CaseIterable, Hashable, Sendable {
    case help, back, restart, plan, answers, change, save, hide, quit

    /// Other words for the same command.
    package var synonyms: [String] {
        switch self {
        case .help: ["?"]
        case .answers: ["my answers"]
        case .hide: ["x"]
        case .quit: ["exit"]
        case .back, .restart, .plan, .change, .save: []
        }
    }

    /// Whether the command takes words after it: `change 2`, `save my-plan.txt`.
    package var takesArgument: Bool { self == .change || self == .save }

    /// Whether a close spelling may stand for the command. Not for `restart`, which throws the
    /// conversation away, nor for the commands that take words after them.
    var acceptsCloseSpelling: Bool { self != .restart && !takesArgument }

    /// Every word that names a command (its own and its synonyms), with the command. The rule below
    /// takes the words as given, so they could come from elsewhere (a lexicon file) without changing it.
    package static let words: [(word: String, command: BuiltInCommand)] = allCases.flatMap { command in
        ([command.rawValue] + command.synonyms).map { ($0, command) }
    }

    /// What a typed line asks for when it names a built-in command exactly: the command and any words
    /// after it (for `change` and `save`).
    package static func parse(_ input: String) -> (command: BuiltInCommand, argument: String)? {
        parse(input, normalized: AnswerMatcher.normalize(input))
    }

    /// `parse`, given `AnswerMatcher.normalize(input)` already worked out (the engine needs it for
    /// every step anyway).
    package static func parse(_ input: String, normalized: String) -> (command: BuiltInCommand, argument: String)? {
        parse(input, normalized: normalized, words: words)
    }

    /// The one rule for "this line is a command", which the engine follows and `check` applies to every
    /// answer: the whole line, normalised or as typed in lower case, is a command's word; or its first
    /// word is the word of a command that takes words after it (`save`, `change`), and more follow.
    package static func parse(
        _ input: String, normalized: String, words: [(word: String, command: BuiltInCommand)]
    ) -> (command: BuiltInCommand, argument: String)? {
        if let whole = words.first(where: { $0.word == normalized }) { return (whole.command, "") }
        // What is left is a word that normalises to nothing (`?`) or a command with words after it
        // (which normalises to start so): most lines are neither.
        guard
            normalized.isEmpty
                || words.contains(where: {
                    $0.command.takesArgument && normalized.utf8.starts(with: ($0.word + " ").utf8)
                })
        else { return nil }
        let typed = input.lowercased().trimmingWhitespace()
        if let whole = words.first(where: { $0.word == typed }) { return (whole.command, "") }
        let trimmed = input.trimmingWhitespace()
        guard let space = trimmed.firstIndex(where: \.isWhitespace) else { return nil }
        let first = trimmed[..<space].lowercased()
        guard let named = words.first(where: { $0.command.takesArgument && $0.word == first }) else { return nil }
        return (named.command, String(trimmed[space...]).trimmingWhitespace())
    }

    /// The command a typed line names exactly, if any, ignoring any words after it.
    package static func named(_ input: String) -> BuiltInCommand? {
        parse(input)?.command
    }
}
