import DialogueKit

/// What the site serves and how: the dialogue, its fingerprint (which version of it a page was made
/// with), the seal for page addresses, where Exit this page goes, and the limits on what a client sends.
package struct SiteSettings: Sendable {
    let engine: ConversationEngine
    /// Identifies the dialogue's files, so a page made with another version of them starts again.
    package let fingerprint: String
    /// A neutral site to leave for, such as a weather forecast.
    package let exitURL: String
    /// Seals each page's state into its address (the key never leaves the server process).
    package let seal: StateSeal
    /// Usage counts, without identifiers.
    let usage: UsageCounts

    /// The largest request body accepted (96 KiB): a sealed state at its limit, a full text area and room
    /// over (the text area takes at most `maximumTypedCharacters`).
    static let maximumBodySize = 96 * 1024
    /// The most characters the text area takes (its `maxlength`).
    static let maximumTypedCharacters = 5_000
    /// The most lines read from the text area at once, and the most words in one of them: a web address
    /// is one word, so a longer line is refused without reading it for commands or answers.
    static let maximumEntriesAtOnce = 25
    static let maximumWordsPerEntry = 1
    package static let defaultExitURL = "https://www.bbc.co.uk/weather"
    /// The name in every page's title: neutral, so the browser's history says nothing about the subject.
    static let neutralName = "Signpost"

    package init(
        dialogue: Dialogue, fingerprint: String, exitURL: String = Self.defaultExitURL, seal: StateSeal = StateSeal(),
        usage: UsageCounts = UsageCounts()
    ) {
        engine = ConversationEngine(dialogue: dialogue)
        self.fingerprint = fingerprint
        self.exitURL = exitURL
        self.seal = seal
        self.usage = usage
    }

    /// The `anytime` command shown most prominently: the first the dialogue guarantees works everywhere
    /// (for the default dialogue, `999`), or else its first.
    var emergencyCommand: AnytimeCommand? {
        let anytime = engine.dialogue.anytime
        let guaranteed = engine.dialogue.guarantees.worksEverywhere.map(\.name)
        return anytime.first { guaranteed.contains($0.command) } ?? anytime.first
    }

    /// A new trail for this dialogue.
    var emptyTrail: ConversationTrail { ConversationTrail(dialogue: fingerprint) }

    /// The page state sealed for an address or a form.
    func sealed(_ state: PageState) -> String { seal.seal(state) }

    /// The address of the conversation page for `state`.
    func pageAddress(_ state: PageState, path: String = "/page") -> String { path + "?s=" + sealed(state) }
}
