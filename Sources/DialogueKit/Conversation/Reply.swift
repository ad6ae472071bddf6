/// What Signpost says back, as typed blocks. The shell decides how they look; `PlainTextFormatter`
/// gives the exact plain text that piped output and transcripts hold.
public enum Reply: Hashable, Sendable {
    /// A paragraph of advice from the dialogue.
    case text(String)
    /// A question and the answers that can be typed, numbered from 1.
    case question(QuestionPrompt)
    /// A request for free text, one entry per line.
    case collect(CollectPrompt)
    /// Signpost speaking about the conversation itself ("I did not understand ...").
    case notice(String)
    /// What can be typed at this prompt.
    case help(HelpCard)
    /// The adult's action plan so far.
    case plan(ActionPlan)
    /// The dialogue's closing words at an end.
    case closing(String)
    /// Where the adult and the child can get support.
    case support([String])
}

public struct QuestionPrompt: Hashable, Sendable {
    public var text: String
    public var help: String?
    public var options: [String]

    public init(text: String, help: String?, options: [String]) {
        self.text = text
        self.help = help
        self.options = options
    }
}

public struct CollectPrompt: Hashable, Sendable {
    public var text: String
    public var help: String?
    /// How many entries have been gathered so far.
    public var count: Int

    public init(text: String, help: String?, count: Int) {
        self.text = text
        self.help = help
        self.count = count
    }
}

public struct HelpCard: Hashable, Sendable {
    /// The answers, in order (their numbers are their positions from 1); empty at a collection prompt.
    public var options: [String]
    /// What else can be typed: built-in and `anytime` commands with a short description each.
    public var commands: [Command]

    public struct Command: Hashable, Sendable {
        public var name: String
        public var description: String

        public init(name: String, description: String) {
            self.name = name
            self.description = description
        }
    }

    public init(options: [String], commands: [Command]) {
        self.options = options
        self.commands = commands
    }
}

/// The steps the adult has earned, in the order earned, each with any collected entries listed under it.
public struct ActionPlan: Hashable, Sendable {
    public struct Step: Hashable, Sendable {
        public var text: String
        public var entries: [String]

        public init(text: String, entries: [String]) {
            self.text = text
            self.entries = entries
        }
    }

    public var steps: [Step]

    public init(steps: [Step]) {
        self.steps = steps
    }
}
