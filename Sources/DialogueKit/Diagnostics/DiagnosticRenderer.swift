/// Renders diagnostics as text in the familiar compiler style:
///
///     Dialogues/default.yaml:3:5: error: unknown node 'emergncy'; did you mean 'emergency'? [SP224]
///       - Yes: emergncy
///              ^~~~~~~~
///
/// The code at the end (as clang puts its warning flag) names the kind of finding for `signpost explain`,
/// and leaves the `file:line:column: severity: message` that editors match on as it was.
///
/// Rendering is separate from finding, and colour is separate from rendering: `spans` gives the text in
/// pieces marked with what they are, and a terminal paints them; `render` gives plain text.
///
/// Everything that came from a file (its name, the words quoted in a message, the source line) goes
/// through `VisibleText`, so a file holding escape sequences or bidi overrides cannot steer the
/// terminal, and a file that is one enormous line is quoted short.
package struct DiagnosticRenderer: Sendable {
    /// How much of a message is shown: more than a line, since a message may list several names.
    static let messageLimit = VisibleText.Limit(bytes: 8192, characters: 4096)

    /// More bytes of a source line than `quote` can need: it shows at most 2,048 bytes of the line
    /// (each shown byte stands for at least one byte of the file, and a character cut short needs only
    /// its first 17 scalars) and draws the caret line under at most 2,049 scalars of 4 bytes at most.
    static let quotedLineBytes = 65_536

    /// What a piece of rendered text is, so a terminal can choose its colour.
    package enum Part: Hashable, Sendable {
        case place, message, marker, plain, code
        case severity(Diagnostic.Severity)
    }

    package struct Span: Hashable, Sendable {
        package let text: String
        package let part: Part
    }

    package init() {}

    /// Renders one diagnostic and its notes as plain text. `source` looks up a file's bytes by name.
    package func render(_ diagnostic: Diagnostic, source: (String) -> SourceFile?) -> String {
        spans(diagnostic, source: source).map(\.text).joined()
    }

    /// Renders several diagnostics, one after another, as plain text.
    package func render(_ diagnostics: [Diagnostic], source: (String) -> SourceFile?) -> String {
        diagnostics.map { render($0, source: source) }.joined()
    }

    /// One diagnostic and its notes, in marked pieces.
    package func spans(_ diagnostic: Diagnostic, source: (String) -> SourceFile?) -> [Span] {
        var out: [Span] = []
        append(
            severity: diagnostic.severity, message: diagnostic.message, code: diagnostic.code, file: diagnostic.file,
            range: diagnostic.range, source: source, to: &out)
        for detail in diagnostic.details {
            out.append(Span(text: "    " + VisibleText.make(detail, limit: Self.messageLimit) + "\n", part: .plain))
        }
        for note in diagnostic.notes {
            append(
                severity: .note, message: note.message, code: nil, file: note.file, range: note.range, source: source,
                to: &out)
        }
        return out
    }

    private func append(
        severity: Diagnostic.Severity, message: String, code: DiagnosticCode?, file: String, range: SourceRange?,
        source: (String) -> SourceFile?, to out: inout [Span]
    ) {
        let shownFile = VisibleText.make(file)
        let place = range.map { "\(shownFile):\($0.start.line):\($0.start.column)" } ?? shownFile
        out.append(Span(text: place + ":", part: .place))
        out.append(Span(text: " ", part: .plain))
        out.append(Span(text: severity.rawValue + ":", part: .severity(severity)))
        out.append(Span(text: " ", part: .plain))
        out.append(Span(text: VisibleText.make(message, limit: Self.messageLimit), part: .message))
        if let code { out.append(Span(text: " [\(code.rawValue)]", part: .code)) }
        out.append(Span(text: "\n", part: .plain))
        guard let range, let file = source(file), range.start.column - 1 <= VisibleText.Limit.line.bytes else { return }
        let line = file.lineText(containing: range.start, limit: Self.quotedLineBytes)
        guard let quoted = Self.quote(line, range: range) else { return }
        out.append(Span(text: quoted.line + "\n", part: .plain))
        out.append(Span(text: quoted.marker, part: .marker))
        out.append(Span(text: "\n", part: .plain))
    }

    /// The source line as shown (`VisibleText`, tabs kept) and the caret line under it; `nil` when the
    /// line had to be shortened before the column, where a caret would point at nothing shown.
    static func quote(_ line: String, range: SourceRange) -> (line: String, marker: String)? {
        // Every scalar is at least a byte, so a caret further along than the byte limit is never shown.
        let limit = VisibleText.Limit.line
        let startIndex = max(range.start.column - 1, 0)
        guard startIndex <= limit.bytes else { return nil }
        let scalars = Array(line.unicodeScalars.prefix(limit.bytes + 1))
        let start = min(startIndex, scalars.count)
        var end = start + 1
        if range.end.line == range.start.line {
            end = max(start + 1, min(range.end.column - 1, scalars.count))
        }
        let before = VisibleText.shown(
            String(String.UnicodeScalarView(scalars[0..<start])), limit: limit, keepingTabs: true)
        guard !before.wasShortened else { return nil }
        let shown = VisibleText.make(line, limit: limit, keepingTabs: true)
        let under = VisibleText.make(
            String(String.UnicodeScalarView(scalars[start..<min(end, scalars.count)])), limit: limit, keepingTabs: true)
        return (shown, marker(under: before.text, width: under.unicodeScalars.count))
    }

    /// Spaces (tabs kept, so the caret lines up) as wide as `prefix`, then `^` and `~` for `width` columns.
    static func marker(under prefix: String, width: Int) -> String {
        var marker = ""
        for scalar in prefix.unicodeScalars {
            marker += scalar == "\t" ? "\t" : " "
        }
        return marker + "^" + String(repeating: "~", count: max(width, 1) - 1)
    }
}
