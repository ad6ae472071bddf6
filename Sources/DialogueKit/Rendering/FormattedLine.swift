/// One laid-out line of a reply, with how much weight it carries. The terminal shows `.strong` in bold
/// and `.quiet` dimmed; plain text and transcripts ignore the emphasis.
public struct FormattedLine: Hashable, Sendable {
    public enum Emphasis: Hashable, Sendable {
        case none
        /// Questions and headings.
        case strong
        /// Signpost's own notices.
        case quiet
    }

    public let text: String
    public let emphasis: Emphasis

    public init(_ text: String, _ emphasis: Emphasis = .none) {
        self.text = text
        self.emphasis = emphasis
    }
}
