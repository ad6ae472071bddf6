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

    /// The text of a plain key, which never continues onto another line.
    mutating func parsePlainKey() throws(YAMLError) -> String {
        try parsePlain(minimumIndent: Int.max, inFlow: false).scalar?.text ?? ""
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
        var position = index
        var end = index
        while position < bytes.count {
            let byte = bytes[position]
            let next = position + 1 < bytes.count ? bytes[position + 1] : 0
            if byte == .lf || byte == .cr { break }
            if byte == .colon, next.isWhiteOrEnd || (inFlow && next.isFlowIndicator) { break }
            if inFlow, byte.isFlowIndicator { break }
            position += 1
            if byte.isBlank {
                if next == .hash { break }
            } else {
                end = position
            }
        }
        index = end
        return end
    }
}
