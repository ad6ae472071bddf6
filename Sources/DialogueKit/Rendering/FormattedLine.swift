/// One laid-out line of a reply, with how much weight it carries. The terminal shows `.strong` in bold
/// and `.quiet` dimmed; plain text and transcripts ignore the emphasis.
package struct FormattedLine: Hashable, Sendable {
    package enum Emphasis: Hashable, Sendable {
        case none
        /// Questions and headings.
        case strong
        /// Signpost's own notices.
        case quiet
    }

    package let text: String
    package let emphasis: Emphasis

    /// Every line shown, saved in a plan or written to a transcript is made here, so this is where
    /// its text is made safe to show (`VisibleText`), whatever its source: a dialogue run without
    /// `check`, an answer echoed, a catalogue's words. Plain text, nearly all of it, is kept as it is.
    package init(_ text: String, _ emphasis: Emphasis = .none) {
        self.text = VisibleText.isPlain(text) ? text : VisibleText.make(text, limit: .wholeLine)
        self.emphasis = emphasis
    }
}
