/// The commands that work at every prompt, whatever the dialogue says.
public enum BuiltInCommand: String, CaseIterable, Hashable, Sendable {
    case help, back, restart, plan, quit

    /// Other words for the same command.
    public var synonyms: [String] {
        switch self {
        case .help: ["?"]
        case .quit: ["exit"]
        default: []
        }
    }

    /// The command a typed line names exactly (after normalising), if any.
    public static func named(_ input: String) -> BuiltInCommand? {
        let typed = input.lowercased().trimmingWhitespace()
        let normalized = AnswerMatcher.normalize(input)
        return allCases.first { command in
            command.rawValue == normalized || command.synonyms.contains(typed)
        }
    }
}
