/// Makes text that came from a person or a file safe to show on a terminal: every character that could
/// move the cursor, change colours, retitle the window, reorder what is shown or hide itself is written
/// out as visible text, and long text is shortened.
///
/// This is the one sanitiser: the engine's echoes of what the adult typed, the plan, diagnostics' quoted
/// source lines and test diffs all go through it, so a rule fixed here is fixed everywhere.
///
///     VisibleText.make("a\u{1B}[2Jb")     // "a\e[2Jb"
///     VisibleText.make("x\u{202E}y")      // "x\u{202E}y", as those eight characters
///
/// Escapes are shown as `\e` (ESC), `\t`, `\n`, `\r`, and `\u{7F}`-style text for everything else.
/// The text is shortened by bytes, by characters (grapheme clusters) and by the number of Unicode
/// scalars in one character, so `a` followed by 500,000 combining marks, which Swift counts as one
/// character, still comes out short. Shortened text ends in `…`.
package enum VisibleText {
    /// How much of a text may be shown.
    package struct Limit: Sendable, Hashable {
        /// The most UTF-8 bytes shown, counting escapes as written out, before the ellipsis.
        var bytes: Int
        /// The most characters (grapheme clusters) shown, before the ellipsis.
        var characters: Int
        /// The most Unicode scalars kept in one character; a character with more ends the text there.
        var scalarsPerCharacter: Int

        init(bytes: Int, characters: Int, scalarsPerCharacter: Int = 16) {
            self.bytes = max(bytes, 0)
            self.characters = max(characters, 0)
            self.scalarsPerCharacter = max(scalarsPerCharacter, 1)
        }

        /// One line a person typed or one line of a file: enough for any real answer or web address.
        static let line = Limit(bytes: 2048, characters: 512)
        /// A short quotation inside a sentence, such as an echoed answer.
        static let quotation = Limit(bytes: 400, characters: 120)
        /// A line of generated output (a graph, an outline) that must stay whole to stay valid: no
        /// length limit, only the bound on scalars in one character.
        static let wholeLine = Limit(bytes: Int.max / 2, characters: Int.max / 2, scalarsPerCharacter: 64)
    }

    /// What is appended when the text was shortened.
    static let ellipsis = "…"

    /// `text` with every hidden or controlling character made visible, shortened to `limit`.
    ///
    /// With `keepingTabs`, a tab stays a tab (a diagnostic's caret line relies on it); otherwise it is `\t`.
    package static func make(_ text: some StringProtocol, limit: Limit = .line, keepingTabs: Bool = false) -> String {
        shown(text, limit: limit, keepingTabs: keepingTabs).text
    }

    /// Several lines: each made visible on its own (tabs kept), the line breaks between them kept.
    package static func makeLines(_ text: String, limit: Limit = .wholeLine) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { make($0, limit: limit, keepingTabs: true) }
            .joined(separator: "\n")
    }

    /// Like `make`, and says whether anything was left out.
    package static func shown(
        _ text: some StringProtocol, limit: Limit = .line, keepingTabs: Bool = false
    ) -> (text: String, wasShortened: Bool) {
        var out = ""
        var bytes = 0
        var characters = 0
        for character in text {
            guard characters < limit.characters else { return (out + ellipsis, true) }
            let scalars = character.unicodeScalars
            var piece = ""
            for (index, scalar) in scalars.enumerated() {
                guard index < limit.scalarsPerCharacter else { break }
                appendVisible(scalar, keepingTabs: keepingTabs, to: &piece)
            }
            guard bytes + piece.utf8.count <= limit.bytes else { return (out + ellipsis, true) }
            out += piece
            bytes += piece.utf8.count
            characters += 1
            if scalars.count > limit.scalarsPerCharacter { return (out + ellipsis, true) }
        }
        return (out, false)
    }

    /// True when `text` holds nothing `make` would need to write out (its length aside).
    package static func isPlain(_ text: some StringProtocol, keepingTabs: Bool = false) -> Bool {
        text.unicodeScalars.allSatisfy { !mustEscape($0) || (keepingTabs && $0 == "\t") }
    }

    /// True for a scalar that must never reach a terminal as itself: C0 controls (tab and line breaks
    /// included), DEL, C1 controls, the bidirectional formatting characters (embeddings, overrides,
    /// isolates and marks), the line and paragraph separators, and invisible format characters that
    /// could hide text (the byte-order mark, interlinear annotation marks). Joiners used by emoji stay.
    static func mustEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C: true  // Arabic letter mark
        case 0x200E, 0x200F: true  // left-to-right and right-to-left marks
        case 0x2028, 0x2029: true  // line and paragraph separators
        case 0x202A...0x202E: true  // embeddings and overrides
        case 0x2066...0x2069: true  // isolates
        case 0x206A...0x206F: true  // deprecated format characters (symmetric swapping, digit shapes)
        case 0xFEFF: true  // byte-order mark, zero-width no-break space
        case 0xFFF9...0xFFFB: true  // interlinear annotation
        default: false
        }
    }

    /// True for the bidirectional formatting characters alone, which a checker may name specifically.
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// How one scalar is written: itself, or its escape.
    static func escape(_ scalar: Unicode.Scalar) -> String {
        var out = ""
        appendVisible(scalar, keepingTabs: false, to: &out)
        return out
    }

    private static func appendVisible(_ scalar: Unicode.Scalar, keepingTabs: Bool, to out: inout String) {
        guard mustEscape(scalar) else {
            out.unicodeScalars.append(scalar)
            return
        }
        switch scalar {
        case "\u{1B}": out += "\\e"
        case "\t": out += keepingTabs ? "\t" : "\\t"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        default: out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }
}
