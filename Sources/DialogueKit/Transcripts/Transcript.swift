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
package struct Transcript: Hashable, Sendable {
    /// The largest transcript `signpost test` reads: hundreds of times any real conversation, and small
    /// enough that replaying it and diffing every line of it stays within a second and 100 MB.
    package static let maximumSize = 2 * 1_048_576

    package enum Line: Hashable, Sendable {
        /// A comment, without its `#`.
        case comment(String)
        case input(String)
        case output(String)
    }

    /// One entry per line of the file, in order: line `n` of the file is `lines[n - 1]`.
    package var lines: [Line]

    package init(lines: [Line]) {
        self.lines = lines
    }

    /// The dialogue file named by a `# dialogue: PATH` comment at the top, relative to the transcript.
    package var dialogue: String? { headerValue("dialogue") }

    /// The width the output was laid out for: `# width: N` at the top, or 80.
    package var width: Int { headerValue("width").flatMap { Int($0) } ?? 80 }

    /// What the adult typed, in order.
    package var inputs: [String] {
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
    package static func parse(_ text: String) -> Transcript {
        var text = text
        return text.withUTF8 { bytes in
            var end = bytes.count
            if end >= 2, bytes[end - 2] == 0x0D, bytes[end - 1] == 0x0A {
                end -= 2
            } else if end >= 1, bytes[end - 1] == 0x0A {
                end -= 1
            }
            guard end > 0 else { return Transcript(lines: []) }
            var lines: [Line] = []
            var start = 0
            while true {
                var stop = start
                while stop < end, bytes[stop] != 0x0A { stop += 1 }
                lines.append(line(UnsafeBufferPointer(rebasing: bytes[start..<stop])))
                guard stop < end else { break }
                start = stop + 1
            }
            return Transcript(lines: lines)
        }
    }

    /// One line of a transcript file, without its line feed, read byte by byte.
    private static func line(_ raw: UnsafeBufferPointer<UInt8>) -> Line {
        var count = raw.count
        if count > 0, raw[count - 1] == 0x0D { count -= 1 }
        // A marker followed by a non-ASCII byte may be one `Character` with a combining mark after it,
        // which is no marker: such rare lines are read by `Character`, as they always were.
        let first = count > 0 ? raw[0] : 0
        let isMarker = first == UInt8(ascii: ">") || first == UInt8(ascii: "#") || first == UInt8(ascii: "\\")
        guard !isMarker || count < 2 || raw[1] < 0x80, first != UInt8(ascii: ">") || count < 3 || raw[2] < 0x80 else {
            return line(
                byCharacter: Substring(String(decoding: UnsafeBufferPointer(rebasing: raw[0..<count]), as: UTF8.self)))
        }
        func text(from start: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: raw[min(start, count)..<count]), as: UTF8.self)
        }
        switch first {
        case UInt8(ascii: ">"): return .input(text(from: count > 1 && raw[1] == 0x20 ? 2 : 1))
        case UInt8(ascii: "#"): return .comment(text(from: 1))
        case UInt8(ascii: "\\"): return .output(text(from: 1))
        default: return .output(text(from: 0))
        }
    }

    /// One line read by `Character` (the line feed and a final carriage return already gone).
    private static func line(byCharacter line: Substring) -> Line {
        if line.hasPrefix(">") {
            let typed = line.dropFirst()
            return .input(String(typed.hasPrefix(" ") ? typed.dropFirst() : typed))
        }
        if line.hasPrefix("#") { return .comment(String(line.dropFirst())) }
        if line.hasPrefix("\\") { return .output(String(line.dropFirst())) }
        return .output(String(line))
    }

    /// The file's text.
    package func rendered() -> String {
        lines.map(Self.render).map { $0 + "\n" }.joined()
    }

    package static func render(_ line: Line) -> String {
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
