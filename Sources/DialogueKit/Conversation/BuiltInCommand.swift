/// The commands that work at every prompt, whatever the dialogue says.
public enum BuiltInCommand: String, CaseIterable, Hashable, Sendable {
    case help, back, restart, plan, answers, change, save, hide, quit

    /// Other words for the same command.
    public var synonyms: [String] {
        switch self {
        case .help: ["?"]
        case .answers: ["my answers"]
        case .hide: ["x"]
        case .quit: ["exit"]
        case .back, .restart, .plan, .change, .save: []
        }
    }

    /// Whether the command takes words after it: `change 2`, `save my-plan.txt`.
    public var takesArgument: Bool { self == .change || self == .save }

    /// Whether a close spelling may stand for the command. Not for `restart`, which throws the
    /// conversation away, nor for the commands that take words after them.
    var acceptsCloseSpelling: Bool { self != .restart && !takesArgument }

    /// What a typed line asks for when it names a built-in command exactly: the command and any words
    /// after it (for `change` and `save`).
    public static func parse(_ input: String) -> (command: BuiltInCommand, argument: String)? {
        parse(input, normalized: AnswerMatcher.normalize(input))
    }

    /// `parse`, given `AnswerMatcher.normalize(input)` already worked out (the engine needs it for
    /// every step anyway).
    static func parse(_ input: String, normalized: String) -> (command: BuiltInCommand, argument: String)? {
        if let whole = BuiltInCommand(rawValue: normalized) { return (whole, "") }
        // What is left is another word of a command (each normalises to one of these) or `change` or
        // `save` with words after it (which normalises to start so): most lines are neither.
        guard normalized.isEmpty || ["my answers", "x", "exit"].contains(normalized)
            || normalized.utf8.starts(with: "change ".utf8) || normalized.utf8.starts(with: "save ".utf8)
        else { return nil }
        let typed = input.lowercased().trimmingWhitespace()
        if let whole = allCases.first(where: { $0.synonyms.contains(typed) || $0.synonyms.contains(normalized) }) {
            return (whole, "")
        }
        let trimmed = input.trimmingWhitespace()
        guard let space = trimmed.firstIndex(where: \.isWhitespace) else { return nil }
        let first = trimmed[..<space].lowercased()
        guard let command = allCases.first(where: { $0.takesArgument && $0.rawValue == first }) else { return nil }
        return (command, String(trimmed[space...]).trimmingWhitespace())
    }

    /// The command a typed line names exactly, if any, ignoring any words after it.
    public static func named(_ input: String) -> BuiltInCommand? {
        parse(input)?.command
    }
}
