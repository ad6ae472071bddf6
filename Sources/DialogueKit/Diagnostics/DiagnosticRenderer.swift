/// Renders diagnostics as text in the familiar compiler style:
///
///     Dialogues/default.yaml:3:5: error: unknown node 'emergncy'; did you mean 'emergency'?
///       - Yes: emergncy
///              ^~~~~~~~
///
/// Rendering is separate from finding: the same `Diagnostic` can be printed plainly, in colour, or as JSON.
public struct DiagnosticRenderer: Sendable {
    public var useColor: Bool

    public init(useColor: Bool = false) {
        self.useColor = useColor
    }

    /// Renders one diagnostic and its notes. `source` looks up a file's bytes by name, to quote its line.
    public func render(_ diagnostic: Diagnostic, source: (String) -> SourceFile?) -> String {
        var out = ""
        append(
            severity: diagnostic.severity, message: diagnostic.message, file: diagnostic.file,
            range: diagnostic.range, source: source, to: &out)
        for detail in diagnostic.details {
            out += "    " + detail + "\n"
        }
        for note in diagnostic.notes {
            append(severity: .note, message: note.message, file: note.file, range: note.range, source: source, to: &out)
        }
        return out
    }

    /// Renders several diagnostics, one after another.
    public func render(_ diagnostics: [Diagnostic], source: (String) -> SourceFile?) -> String {
        diagnostics.map { render($0, source: source) }.joined()
    }

    private func append(
        severity: Diagnostic.Severity, message: String, file: String, range: SourceRange?,
        source: (String) -> SourceFile?, to out: inout String
    ) {
        let place = range.map { "\(file):\($0.start.line):\($0.start.column)" } ?? file
        out += paint(place + ":", .bold)
        out += " " + paint(severity.rawValue + ":", color(for: severity)) + " " + paint(message, .bold) + "\n"
        guard let range, let file = source(file) else { return }
        let line = file.lineText(containing: range.start)
        out += line + "\n"
        out += paint(Self.marker(under: line, range: range), .green) + "\n"
    }

    /// Spaces (tabs kept, so the caret lines up) up to the column, then `^` and `~` under the range.
    static func marker(under line: String, range: SourceRange) -> String {
        let scalars = Array(line.unicodeScalars)
        let startIndex = min(max(range.start.column - 1, 0), scalars.count)
        var marker = ""
        for scalar in scalars[0..<startIndex] {
            marker += scalar == "\t" ? "\t" : " "
        }
        var width = 1
        if range.end.line == range.start.line {
            width = max(1, min(range.end.column, scalars.count + 1) - range.start.column)
        }
        return marker + "^" + String(repeating: "~", count: width - 1)
    }

    private enum Style: String {
        case bold = "1", red = "1;31", yellow = "1;33", cyan = "1;36", green = "32"
    }

    private func color(for severity: Diagnostic.Severity) -> Style {
        switch severity {
        case .error: .red
        case .warning: .yellow
        case .note: .cyan
        }
    }

    private func paint(_ text: String, _ style: Style) -> String {
        useColor ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
