/// Finds where a piece of a text value was written in its file, so a finding about a few words of a
/// long sentence (a mistyped phone number) can be marked under those words rather than the sentence.
///
/// It walks the value's source as written, plain or quoted, over several lines or one, matching it
/// character by character with the text as read: a line break with the indentation after it reads
/// as one space, an escape such as `\"` or `''` as one character. Whatever it cannot match, it gives
/// up on, and the whole value is marked instead.
enum TextPlacement {
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
        var line = range.start.line
        var column = range.start.column
        var byte = range.start.offset
        var index = 0
        var quote: Unicode.Scalar?
        if let first = value.first, first == "\"" || first == "'" {
            quote = first
            (index, column, byte) = (1, column + 1, byte + 1)
        }
        var position = 0
        var start: SourceLocation?
        func advance(_ count: Int) {
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
        while index < value.count, position <= offset + length {
            if position == offset, start == nil { start = SourceLocation(line: line, column: column, offset: byte) }
            if position == offset + length, let start {
                return SourceRange(start: start, end: SourceLocation(line: line, column: column, offset: byte))
            }
            guard position < wanted.count else { return nil }
            let scalar = value[index]
            if scalar == "\n" || scalar == "\r" {
                // A line break and the indentation after it: one space in the text.
                var next = index
                while next < value.count, [" ", "\t", "\n", "\r"].contains(value[next]) { next += 1 }
                guard wanted[position] == " ", !value[index..<next].dropFirst().contains("\n") else { return nil }
                advance(next - index)
                position += 1
            } else if quote == "\"", scalar == "\\", index + 1 < value.count,
                ["\"", "\\", "/"].contains(value[index + 1])
            {
                guard wanted[position] == value[index + 1] else { return nil }
                advance(2)
                position += 1
            } else if quote == "'", scalar == "'", index + 1 < value.count, value[index + 1] == "'" {
                guard wanted[position] == "'" else { return nil }
                advance(2)
                position += 1
            } else {
                guard scalar == wanted[position] else { return nil }
                advance(1)
                position += 1
            }
        }
        if position == offset + length, let start {
            return SourceRange(start: start, end: SourceLocation(line: line, column: column, offset: byte))
        }
        return nil
    }
}
