/// Literal (`|`) and folded (`>`) block scalars, with chomping (`-`, `+`) and indentation (1-9) indicators.
extension YAMLReader {
    private enum Chomping {
        case strip, clip, keep
    }

    /// Parses a block scalar whose header is at the cursor. Its lines must be indented beyond `parentIndent`.
    mutating func parseBlockScalar(parentIndent: Int) throws(YAMLError) -> YAMLNode {
        let start = mark()
        let isFolded = peek() == UInt8(ascii: ">")
        index += 1
        var chomping = Chomping.clip
        var explicitIndent: Int?
        for _ in 0..<2 {
            let byte = peek()
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+"), chomping == .clip {
                chomping = byte == UInt8(ascii: "-") ? .strip : .keep
            } else if byte >= UInt8(ascii: "1"), byte <= UInt8(ascii: "9"), explicitIndent == nil {
                explicitIndent = Int(byte - UInt8(ascii: "0"))
            } else {
                break
            }
            index += 1
        }
        guard peek().isWhiteOrEnd else { throw error(.invalidBlockScalarHeader, rangeAhead()) }
        try finishLine(after: .blockScalarHeader)
        guard !atEnd else {
            return YAMLNode(.scalar(YAMLScalar("", style: isFolded ? .folded : .literal)), range: range(from: start))
        }
        consumeBreak()

        let contentIndent: Int
        if let explicitIndent {
            contentIndent = max(parentIndent, 0) + explicitIndent
        } else {
            contentIndent = try detectBlockIndent(parentIndent: parentIndent)
        }

        var text: [UInt8] = []
        var leadingBreak = false
        var trailingBreaks = 0
        var previousLineMoreIndented = false
        var end = mark()
        while !atEnd {
            var spaces = 0
            while spaces < contentIndent, peek(spaces) == .space { spaces += 1 }
            let afterSpaces = byte(at: index + spaces)
            if spaces < contentIndent {
                // A line with fewer spaces is either blank (part of the scalar) or the end of it.
                var position = index + spaces
                while byte(at: position) == .space { position += 1 }
                if byte(at: position) == 0, position > index {
                    // Spaces and then the end of the file: a last blank line without its break.
                    index = position
                    trailingBreaks += 1
                    break
                }
                guard byte(at: position) == .lf || byte(at: position) == .cr else { break }
                index = position
                trailingBreaks += 1
                consumeBreak()
                continue
            }
            if contentIndent == 0, lineStartsWithDocumentMarker(index) { break }
            index += spaces
            if afterSpaces == 0 {
                trailingBreaks += 1
                break
            }
            if afterSpaces == .lf || afterSpaces == .cr {
                trailingBreaks += 1
                consumeBreak()
                continue
            }
            let moreIndented = afterSpaces.isBlank
            if isFolded, leadingBreak, !previousLineMoreIndented, !moreIndented {
                if trailingBreaks == 0 { text.append(.space) }
            } else if leadingBreak {
                text.append(.lf)
            }
            text.append(contentsOf: repeatElement(.lf, count: trailingBreaks))
            leadingBreak = false
            trailingBreaks = 0
            let lineStartOffset = index
            var onlyBlanks = true
            while !peek().isBreakOrEnd {
                if !peek().isBlank { onlyBlanks = false }
                index += 1
            }
            text.append(contentsOf: bytes[lineStartOffset..<index])
            end = mark()
            previousLineMoreIndented = moreIndented
            if atEnd {
                // A last line of only whitespace without its line break means the same as with it, as a
                // shorter whitespace-only last line does (the YAML test suite reads JEF9 so).
                leadingBreak = onlyBlanks
                break
            }
            consumeBreak()
            leadingBreak = true
        }
        switch chomping {
        case .strip: break
        case .clip: if leadingBreak { text.append(.lf) }
        case .keep:
            if leadingBreak { text.append(.lf) }
            text.append(contentsOf: repeatElement(.lf, count: trailingBreaks))
        }
        let style: YAMLScalar.Style = isFolded ? .folded : .literal
        return YAMLNode(
            .scalar(YAMLScalar(String(decoding: text, as: UTF8.self), style: style)),
            range: SourceRange(start: start, end: end))
    }

    /// Finds the indentation of a block scalar from its first non-blank line, without moving the cursor.
    /// Blank lines before it may not have more spaces than it.
    private mutating func detectBlockIndent(parentIndent: Int) throws(YAMLError) -> Int {
        var position = index
        var lineOffset = 0
        var widestBlank = 0
        var widestBlankAt = (line: line, start: position)
        while true {
            let lineBegin = position
            while byte(at: position) == .space { position += 1 }
            let spaces = position - lineBegin
            let byte = byte(at: position)
            if byte == .lf || byte == .cr {
                if spaces > widestBlank {
                    widestBlank = spaces
                    widestBlankAt = (line + lineOffset, lineBegin)
                }
                position += byte == .cr ? 2 : 1
                lineOffset += 1
                continue
            }
            let indent = byte == 0 ? max(widestBlank, spaces) : spaces
            let detected = max(indent, parentIndent + 1, 1)
            if byte == .tab, spaces < detected {
                // A tab makes a line non-empty, so its spaces would fix the indentation, but they are too
                // few: the tab stands where indentation must be (YAML 1.2, 8.1.1.1).
                let at = SourceLocation(line: line + lineOffset, column: spaces + 1, offset: position)
                throw error(
                    .tabIndentation,
                    SourceRange(
                        start: at, end: SourceLocation(line: at.line, column: at.column + 1, offset: position + 1)))
            }
            if byte != 0, widestBlank > spaces, spaces > parentIndent {
                let location = SourceLocation(
                    line: widestBlankAt.line, column: widestBlank + 1, offset: widestBlankAt.start + widestBlank)
                throw error(.blockScalarLeadingSpaces, SourceRange(at: location))
            }
            return detected
        }
    }
}
