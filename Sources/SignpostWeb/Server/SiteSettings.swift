import DialogueKit

/// What the site serves and how: the dialogue, its fingerprint (which version of it a page was made
/// with), and where Exit this page goes.
public struct SiteSettings: Sendable {
    public let engine: ConversationEngine
    /// Identifies the dialogue's files, so a page made with another version of them starts again.
    public let fingerprint: String
    /// A neutral site to leave for, such as a weather forecast.
    public let exitURL: String

    /// The largest request body accepted (64 KiB): a trail at its limit, a full text area and room over.
    public static let maximumBodySize = 64 * 1024
    public static let defaultExitURL = "https://www.bbc.co.uk/weather"

    public init(dialogue: Dialogue, fingerprint: String, exitURL: String = Self.defaultExitURL) {
        engine = ConversationEngine(dialogue: dialogue)
        self.fingerprint = fingerprint
        self.exitURL = exitURL
    }

    /// The `anytime` command shown most prominently: the first the dialogue guarantees works everywhere
    /// (for the default dialogue, `999`), or else its first.
    public var emergencyCommand: AnytimeCommand? {
        let anytime = engine.dialogue.anytime
        let guaranteed = engine.dialogue.guarantees.worksEverywhere.map(\.name)
        return anytime.first { guaranteed.contains($0.command) } ?? anytime.first
    }

    /// A new trail for this dialogue.
    public var emptyTrail: ConversationTrail { ConversationTrail(dialogue: fingerprint) }
}
