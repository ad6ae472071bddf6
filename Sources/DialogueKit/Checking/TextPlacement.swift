/// Finds where a piece of a text value was written in its file, so a finding about a few words of a
/// long sentence (a mistyped phone number) can be marked under those words rather than the sentence.
///
/// It walks the value's source as written, plain or quoted, over several lines or one, matching it
/// character by character with the text as read: a line break with the indentation after it reads
/// as one space, an escape such as `\"` or `''` as one character. Whatever it cannot match, it gives
/// up on, and the whole value is marked instead.
enum TextPlacement {
    /// A place in the value as written: the index of its scalar, and the line, column and byte there.
    private struct Cursor {
        let value: [Unicode.Scalar]
        var index = 0
        var line: Int
        var column: Int
        var byte: Int

        var location: SourceLocation { SourceLocation(line: line, column: column, offset: byte) }

        mutating func advance(_ count: Int) {
            for scalar in value[index..<(index + count)] {
                byte += UTF8.width(scalar)
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            index += count
        }
    }

    /// The range of scalars `offset ..< offset + length` of `text`, whose value was written at `range`
    /// of `file`; `nil` when it cannot be placed exactly.
    package static func range(
        ofScalars offset: Int, length: Int, in text: String, writtenAt range: SourceRange, file: SourceFile
    ) -> SourceRange? {
        let source = file.bytes
        guard range.start.offset >= 0, range.end.offset <= source.count, range.start.offset < range.end.offset else {
            return nil
        }
        let value = Array(String(decoding: source[range.start.offset..<range.end.offset], as: UTF8.self).unicodeScalars)
        let wanted = Array(text.unicodeScalars)
        var cursor = Cursor(value: value, line: range.start.line, column: range.start.column, byte: range.start.offset)
        var quote: Unicode.Scalar?
        if let first = value.first, first == "\"" || first == "'" {
            quote = first
            cursor.advance(1)
        }
        var position = 0
        var start: SourceLocation?
        while cursor.index < value.count, position <= offset + length {
            if position == offset, start == nil { start = cursor.location }
            if position == offset + length, let start { return SourceRange(start: start, end: cursor.location) }
            guard position < wanted.count,
                let width = writtenWidth(of: wanted[position], at: cursor.index, in: value, quote: quote)
            else { return nil }
            cursor.advance(width)
            position += 1
        }
        if position == offset + length, let start { return SourceRange(start: start, end: cursor.location) }
        return nil
    }

    /// How many scalars of the value as written, from `index`, stand for the scalar `wanted` of the text
    /// as read; `nil` when they do not match it.
    private static func writtenWidth(
        of wanted: Unicode.Scalar, at index: Int, in value: [Unicode.Scalar], quote: Unicode.Scalar?
    ) -> Int? {
        let scalar = value[index]
        if scalar == "\n" || scalar == "\r" {
            // A line break and the indentation after it: one space in the text.
            var next = index
            while next < value.count, [" ", "\t", "\n", "\r"].contains(value[next]) { next += 1 }
            guard wanted == " ", !value[index..<next].dropFirst().contains("\n") else { return nil }
            return next - index
        } else if quote == "\"", scalar == "\\", index + 1 < value.count, ["\"", "\\", "/"].contains(value[index + 1]) {
            return wanted == value[index + 1] ? 2 : nil
        } else if quote == "'", scalar == "'", index + 1 < value.count, value[index + 1] == "'" {
            return wanted == "'" ? 2 : nil
        }
        return scalar == wanted ? 1 : nil
    }
}
