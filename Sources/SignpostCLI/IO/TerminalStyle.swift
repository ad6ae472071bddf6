import DialogueKit

/// Colour and weight on a terminal, as ANSI escape codes: the one place the program's output is painted.
/// The core marks what each piece of text is; this decides how it looks.
enum TerminalStyle {
    private static let reset = "\u{1B}[0m"

    /// A laid-out reply line: questions and headings bold, notices dim.
    static func paint(_ line: FormattedLine) -> String {
        switch line.emphasis {
        case .none: line.text
        case .strong: "\u{1B}[1m" + line.text + reset
        case .quiet: "\u{1B}[2m" + line.text + reset
        }
    }

    /// A piece of a rendered diagnostic: the place and message bold, the severity in its colour, the
    /// marker under the source green, the code dim.
    static func paint(_ span: DiagnosticRenderer.Span) -> String {
        let code: String
        switch span.part {
        case .plain: return span.text
        case .place, .message: code = "1"
        case .marker: code = "32"
        case .code: code = "2"
        case .severity(.error): code = "1;31"
        case .severity(.warning): code = "1;33"
        case .severity(.note): code = "1;36"
        }
        return "\u{1B}[\(code)m" + span.text + reset
    }

    /// A line of a unified diff: file names bold, hunk headers cyan, removed lines red, added lines green.
    static func paintDiffLine(_ line: String) -> String {
        if line.hasPrefix("---") || line.hasPrefix("+++") { return paint(line, code: "1") }
        if line.hasPrefix("@@") { return paint(line, code: "36") }
        if line.hasPrefix("-") { return paint(line, code: "31") }
        if line.hasPrefix("+") { return paint(line, code: "32") }
        return line
    }

    /// Text in one SGR style (`code` such as "31" for red).
    static func paint(_ text: String, code: String) -> String {
        "\u{1B}[\(code)m" + text + reset
    }
}
