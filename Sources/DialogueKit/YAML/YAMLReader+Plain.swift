/// Plain (unquoted) scalars, which may run over several lines and are folded into one.
extension YAMLReader {
    /// A plain scalar at the cursor. It continues onto following lines indented by at least `minimumIndent`
    /// spaces; each single line break becomes a space, and each blank line a line feed.
    mutating func parsePlain(minimumIndent: Int, inFlow: Bool) throws(YAMLError) -> YAMLNode {
        let start = mark()
        try checkPlainStart(inFlow: inFlow)
        var segmentEnd = scanPlainSegment(inFlow: inFlow)
        var folded: [UInt8]?
        let firstSegment = start.offset..<segmentEnd

        while index < bytes.count, peek().isBreakOrEnd || peek().isBlank {
            let saved = (index, line, lineStart)
            while peek().isBlank { index += 1 }
            guard peek() == .lf || peek() == .cr else {
                (index, line, lineStart) = saved
                break
            }
            var emptyLines = 0
            var continues = false
            while peek() == .lf || peek() == .cr {
                consumeBreak()
                while peek() == .space { index += 1 }
                let spaces = index - lineStart
                while peek().isBlank { index += 1 }
                if peek() == .lf || peek() == .cr {
                    emptyLines += 1
                    continue
                }
                continues =
                    !atEnd && spaces >= minimumIndent && peek() != .hash
                    && !(spaces == 0 && lineStartsWithDocumentMarker(lineStart))
                    && !(inFlow && peek().isFlowIndicator)
                    && !(peek() == .colon && (peek(1).isWhiteOrEnd || (inFlow && peek(1).isFlowIndicator)))
            }
            guard continues else {
                (index, line, lineStart) = saved
                break
            }
            let segmentStart = index
            segmentEnd = scanPlainSegment(inFlow: inFlow)
            if folded == nil { folded = Array(bytes[firstSegment]) }
            if emptyLines == 0 {
                folded?.append(.space)
            } else {
                folded?.append(contentsOf: repeatElement(.lf, count: emptyLines))
            }
            folded?.append(contentsOf: bytes[segmentStart..<segmentEnd])
        }
        let text =
            folded.map { String(decoding: $0, as: UTF8.self) }
            ?? String(decoding: bytes[firstSegment], as: UTF8.self)
        return YAMLNode(.scalar(YAMLScalar(text, style: .plain)), range: range(from: start))
    }

    /// The text of a plain key, which never continues onto another line. The usual key, ended by its
    /// `:` straight after, is read from the bytes without making a node (every key of a file passes
    /// here); anything else goes the whole way through `parsePlain`, with the same outcome.
    mutating func parsePlainKey() throws(YAMLError) -> String {
        let start = index
        try checkPlainStart(inFlow: false)
        let end = scanPlainSegment(inFlow: false)
        if peek() == .colon { return String(decoding: bytes[start..<end], as: UTF8.self) }
        index = start
        return try parsePlain(minimumIndent: Int.max, inFlow: false).scalar?.text ?? ""
    }

    /// Rejects a first character that cannot start plain text.
    private mutating func checkPlainStart(inFlow: Bool) throws(YAMLError) {
        let first = peek()
        let next = peek(1)
        switch first {
        case .comma, .openBracket, .closeBracket, .openBrace, .closeBrace, .hash, .singleQuote, .doubleQuote,
            UInt8(ascii: "|"), UInt8(ascii: ">"):
            let shown = String(UnicodeScalar(first))
            throw error(.unexpectedContent("'\(shown)'; put text that starts with '\(shown)' in quotes"), rangeAhead())
        case .dash, .question, .colon:
            if next.isWhiteOrEnd || (inFlow && next.isFlowIndicator) {
                let shown = String(UnicodeScalar(first))
                throw error(
                    .unexpectedContent("'\(shown)' with nothing after it; put the text in quotes"), rangeAhead())
            }
        default:
            if first.isBreakOrEnd { throw error(.flowExpected("a value"), rangeAhead()) }
        }
    }

    /// Reads plain text up to the end of the line, `: `, ` #` or (in flow) a flow indicator.
    /// Leaves the cursor after the last non-blank character and returns that offset.
    private mutating func scanPlainSegment(inFlow: Bool) -> Int {
        let start = index
        if !inFlow {
            // Outside flow, only a line break, `: ` and ` #` end the text, and the text ends before the
            // blanks that lead up to them: the same end as the byte-by-byte loop below.
            var end = Self.plainStop(bytes, from: start)
            while end > start, bytes[end - 1].isBlank { end -= 1 }
            index = end
            return end
        }
        let end = { (buffer: UnsafeBufferPointer<UInt8>) -> Int in
            let count = buffer.count
            var position = start
            var end = start
            while position < count {
                let byte = buffer[position]
                // Letters and most punctuation end nothing: above ':' only the flow indicators
                // '[', ']', '{' and '}' can ('[' and '{' differ by 0x20, as do ']' and '}').
                if byte > .colon {
                    if inFlow, byte | 0x20 == .openBrace || byte | 0x20 == .closeBrace { break }
                    position += 1
                    end = position
                    continue
                }
                if byte == .lf || byte == .cr { break }
                let next = position + 1 < count ? buffer[position + 1] : 0
                if byte == .colon {
                    if next.isWhiteOrEnd || (inFlow && next.isFlowIndicator) { break }
                } else if inFlow, byte == .comma {
                    break
                } else if byte.isBlank {
                    if next == .hash { break }
                    position += 1
                    continue
                }
                position += 1
                end = position
            }
            return end
        }(bytes)
        index = end
        return end
    }

    /// Where plain text outside flow stops: the first line break, `:` followed by whitespace or the end,
    /// or `#` after a blank (not at `start`, where `#` is text), or the end of input.
    private static func plainStop(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var position = start
        while true {
            position = nextPlainCandidate(buffer, from: position)
            guard position < buffer.count else { return buffer.count }
            switch buffer[position] {
            case .lf, .cr:
                return position
            case .colon:
                let next = position + 1 < buffer.count ? buffer[position + 1] : 0
                if next.isWhiteOrEnd { return position }
            default:  // '#'
                if position > start, buffer[position - 1].isBlank { return position }
            }
            position += 1
        }
    }

    /// The offset of the next line break, `:` or `#` from `position`, or the end of input. Reads eight
    /// bytes at a time: plain text is most of a dialogue, and most of its bytes are none of these.
    private static func nextPlainCandidate(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = buffer.count
        var position = start
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            while position + 8 <= count {
                // Byte 0 in the lowest bits on any host, so the lowest flag is the first byte in the file.
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
                let found =
                    zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A) | zeroBytes(word ^ 0x0D0D_0D0D_0D0D_0D0D)
                    | zeroBytes(word ^ 0x3A3A_3A3A_3A3A_3A3A) | zeroBytes(word ^ 0x2323_2323_2323_2323)
                if found != 0 { return position + found.trailingZeroBitCount / 8 }
                position += 8
            }
        }
        while position < count {
            let byte = buffer[position]
            if byte == .lf || byte == .cr || byte == .colon || byte == .hash { return position }
            position += 1
        }
        return count
    }

    /// The top bit of each byte of `word` that is zero, and perhaps of bytes above one that is (a borrow):
    /// so the lowest bit set always marks a zero byte, which is all `nextPlainCandidate` uses.
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
    }
}
