/// Renders diagnostics as text in the familiar compiler style:
///
///     Dialogues/default.yaml:3:5: error: unknown node 'emergncy'; did you mean 'emergency'?
///       - Yes: emergncy
///              ^~~~~~~~
///
/// Rendering is separate from finding, and colour is separate from rendering: `spans` gives the text in
/// pieces marked with what they are, and a terminal paints them; `render` gives plain text.
public struct DiagnosticRenderer: Sendable {
    /// What a piece of rendered text is, so a terminal can choose its colour.
    public enum Part: Hashable, Sendable {
        case place, message, marker, plain
        case severity(Diagnostic.Severity)
    }

    public struct Span: Hashable, Sendable {
        public let text: String
        public let part: Part
    }

    public init() {}

    /// Renders one diagnostic and its notes as plain text. `source` looks up a file's bytes by name.
    public func render(_ diagnostic: Diagnostic, source: (String) -> SourceFile?) -> String {
        spans(diagnostic, source: source).map(\.text).joined()
    }

    /// Renders several diagnostics, one after another, as plain text.
    public func render(_ diagnostics: [Diagnostic], source: (String) -> SourceFile?) -> String {
        diagnostics.map { render($0, source: source) }.joined()
    }

    /// One diagnostic and its notes, in marked pieces.
    public func spans(_ diagnostic: Diagnostic, source: (String) -> SourceFile?) -> [Span] {
        var out: [Span] = []
        append(
            severity: diagnostic.severity, message: diagnostic.message, file: diagnostic.file,
            range: diagnostic.range, source: source, to: &out)
        for detail in diagnostic.details {
            out.append(Span(text: "    " + detail + "\n", part: .plain))
        }
        for note in diagnostic.notes {
            append(severity: .note, message: note.message, file: note.file, range: note.range, source: source, to: &out)
        }
        return out
    }

    private func append(
        severity: Diagnostic.Severity, message: String, file: String, range: SourceRange?,
        source: (String) -> SourceFile?, to out: inout [Span]
    ) {
        let place = range.map { "\(file):\($0.start.line):\($0.start.column)" } ?? file
        out.append(Span(text: place + ":", part: .place))
        out.append(Span(text: " ", part: .plain))
        out.append(Span(text: severity.rawValue + ":", part: .severity(severity)))
        out.append(Span(text: " ", part: .plain))
        out.append(Span(text: message, part: .message))
        out.append(Span(text: "\n", part: .plain))
        guard let range, let file = source(file) else { return }
        let line = file.lineText(containing: range.start)
        out.append(Span(text: line + "\n", part: .plain))
        out.append(Span(text: Self.marker(under: line, range: range), part: .marker))
        out.append(Span(text: "\n", part: .plain))
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
}
