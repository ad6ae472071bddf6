/// Moving between lines: skipping blank lines and comments, finishing a line, spotting document markers.
extension YAMLReader {
    enum LineContext {
        case documentMarker, value, flowCollection, blockScalarHeader
    }

    /// Moves to the first character of the next line that holds content and returns that line's indentation.
    ///
    /// When the cursor is already there (only spaces before it on its line), it stays. The rest of the
    /// current line must already have been checked by `finishLine`. Returns `nil` at the end of input.
    mutating func nextContentLine(allowDocumentStart: Bool = false) throws(YAMLError) -> Int? {
        if !onlySpacesBeforeCursor(), !skipToNextLine() { return nil }
        while true {
            index = lineStart
            while peek() == .space { index += 1 }
            switch peek() {
            case 0:
                return nil
            case .lf, .cr:
                consumeBreak()
                continue
            case .hash:
                guard skipToNextLine() else { return nil }
            case .tab:
                let tabStart = index
                while peek().isBlank { index += 1 }
                if peek().isBreakOrEnd || peek() == .hash {
                    guard skipToNextLine() else { return nil }
                    continue
                }
                index = tabStart
                throw error(.tabIndentation, rangeAhead())
            default:
                let indent = index - lineStart
                if indent == 0, !allowDocumentStart {
                    if atDocumentMarker(.dash) { throw error(.unsupported(.documentMarker), rangeAhead(3)) }
                    if atDocumentMarker(.dot) { throw error(.unsupported(.documentEnd), rangeAhead(3)) }
                }
                if indent == 0, peek() == UInt8(ascii: "%") {
                    throw error(.unsupported(.directive), rangeAhead())
                }
                if allowDocumentStart, indent == 0, atDocumentMarker(.dot) {
                    throw error(.unsupported(.documentEnd), rangeAhead(3))
                }
                return indent
            }
        }
    }

    /// Skips the rest of the line and its break; `false` at the end of input.
    private mutating func skipToNextLine() -> Bool {
        while !peek().isBreakOrEnd { index += 1 }
        if atEnd { return false }
        consumeBreak()
        return true
    }

    /// Whether only spaces stand between the start of the line and the cursor.
    func onlySpacesBeforeCursor() -> Bool {
        var position = lineStart
        while position < index {
            if bytes[position] != .space { return false }
            position += 1
        }
        return true
    }

    /// `---` or `...` at the cursor, followed by whitespace or the end of the line.
    func atDocumentMarker(_ mark: UInt8) -> Bool {
        peek() == mark && peek(1) == mark && peek(2) == mark && peek(3).isWhiteOrEnd
    }

    /// Whether a line starting at `position` (its first byte) begins with a document marker.
    func lineStartsWithDocumentMarker(_ position: Int) -> Bool {
        for mark in [UInt8.dash, .dot] {
            if byte(at: position) == mark, byte(at: position + 1) == mark, byte(at: position + 2) == mark,
                byte(at: position + 3).isWhiteOrEnd
            {
                return true
            }
        }
        return false
    }

    /// Checks that nothing but blanks and a comment is left on the line; the cursor stays before the break.
    mutating func finishLine(after context: LineContext) throws(YAMLError) {
        while peek().isBlank { index += 1 }
        let byte = peek()
        if byte.isBreakOrEnd { return }
        if byte == .hash {
            guard index == lineStart || bytes[index - 1].isBlank else { throw error(.commentNeedsSpace, rangeAhead()) }
            while !peek().isBreakOrEnd { index += 1 }
            return
        }
        switch context {
        case .documentMarker:
            throw error(.unsupported(.contentAfterDocumentMarker), rangeAhead())
        case .blockScalarHeader:
            throw error(.invalidBlockScalarHeader, rangeAhead())
        case .flowCollection where byte == .colon && peek(1).isWhiteOrEnd:
            throw error(.unsupported(.complexKey), rangeAhead())
        case .value, .flowCollection:
            if byte == .colon, peek(1).isWhiteOrEnd {
                throw keyInsideTextError() ?? error(.mappingValueNotAllowed, rangeAhead())
            }
            throw error(.unexpectedContent("text after the value; put the whole value in quotes"), rangeAhead())
        }
    }
}
