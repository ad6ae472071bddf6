/// A recorded conversation as a plain text file an author can read and edit.
///
///     # A parent reports a web address.
///     # dialogue: signpost.yaml
///     Is the child in immediate danger right now?
///       1. Yes
///     ...
///     > no
///     Who are you to the child?
///
/// Lines starting `> ` are what the adult typed; lines starting `#` are comments (the first ones may
/// name the dialogue and the width); every other line is exactly what Signpost printed. An output line
/// that itself starts with `#`, `>` or `\` is written with a `\` in front, so nothing is ambiguous.
public struct Transcript: Hashable, Sendable {
    /// The largest transcript `signpost test` reads: hundreds of times any real conversation, and small
    /// enough that replaying it and diffing every line of it stays within a second and 100 MB.
    public static let maximumSize = 2 * 1_048_576

    public enum Line: Hashable, Sendable {
        /// A comment, without its `#`.
        case comment(String)
        case input(String)
        case output(String)
    }

    /// One entry per line of the file, in order: line `n` of the file is `lines[n - 1]`.
    public var lines: [Line]

    public init(lines: [Line]) {
        self.lines = lines
    }

    /// The dialogue file named by a `# dialogue: PATH` comment at the top, relative to the transcript.
    public var dialogue: String? { headerValue("dialogue") }

    /// The width the output was laid out for: `# width: N` at the top, or 80.
    public var width: Int { headerValue("width").flatMap { Int($0) } ?? 80 }

    /// What the adult typed, in order.
    public var inputs: [String] {
        lines.compactMap { if case .input(let text) = $0 { text } else { nil } }
    }

    private func headerValue(_ key: String) -> String? {
        for line in lines {
            guard case .comment(let text) = line else { break }
            let trimmed = text.trimmingWhitespace()
            if trimmed.hasPrefix(key + ":") {
                return String(trimmed.dropFirst(key.count + 1)).trimmingWhitespace()
            }
        }
        return nil
    }

    /// Reads a transcript. Every line is something, so reading cannot fail; a missing `# dialogue:` is
    /// reported by whoever needs it.
    public static func parse(_ text: String) -> Transcript {
        var body = Substring(text)
        if body.hasSuffix("\n") || body.hasSuffix("\r\n") { body.removeLast() }
        guard !body.isEmpty else { return Transcript(lines: []) }
        let lines = splitLines(body).map { raw -> Line in
            var line = raw
            if line.hasSuffix("\r") { line.removeLast() }
            if line.hasPrefix(">") {
                let typed = line.dropFirst()
                return .input(String(typed.hasPrefix(" ") ? typed.dropFirst() : typed))
            }
            if line.hasPrefix("#") { return .comment(String(line.dropFirst())) }
            if line.hasPrefix("\\") { return .output(String(line.dropFirst())) }
            return .output(String(line))
        }
        return Transcript(lines: lines)
    }

    /// The file's text.
    public func rendered() -> String {
        lines.map(Self.render).map { $0 + "\n" }.joined()
    }

    static func render(_ line: Line) -> String {
        switch line {
        case .comment(let text): "#" + text
        case .input(let text): text.isEmpty ? ">" : "> " + text
        case .output(let text):
            text.hasPrefix("#") || text.hasPrefix(">") || text.hasPrefix("\\") ? "\\" + text : text
        }
    }

    /// Splits printed text into output lines (the final line break ends the last line).
    static func outputLines(_ text: String) -> [String] {
        var body = Substring(text)
        if body.hasSuffix("\n") { body.removeLast() }
        return body.isEmpty ? [] : splitLines(body).map(String.init)
    }

    /// Splits at each line feed, byte by byte: splitting by `Character` cost most of a replay's reading
    /// time, and never split a CRLF line ending, which is a single `Character`.
    static func splitLines(_ text: Substring) -> [Substring] {
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
    }
}
