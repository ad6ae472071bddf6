/// Literal (`|`) and folded (`>`) block scalars, with chomping (`-`, `+`) and indentation (1-9) indicators.
extension YAMLReader {
    private enum Chomping {
        case strip, clip, keep
    }

    /// The text of a block scalar as its lines are read: the content so far, and the line breaks not
    /// yet added to it, which depend on what follows (folding) or on the chomping at the end.
    private struct BlockText {
        var text: [UInt8] = []
        /// The break after the last content line, not yet in `text`.
        var leadingBreak = false
        /// Blank lines since the last content line.
        var trailingBreaks = 0
        var previousLineMoreIndented = false
        var end: SourceLocation
    }

    /// Parses a block scalar whose header is at the cursor. Its lines must be indented beyond `parentIndent`.
    mutating func parseBlockScalar(parentIndent: Int) throws(YAMLError) -> YAMLNode {
        let start = mark()
        let isFolded = peek() == UInt8(ascii: ">")
        index += 1
        let (chomping, explicitIndent) = parseBlockScalarIndicators()
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
        var block = readBlockLines(contentIndent: contentIndent, isFolded: isFolded)
        switch chomping {
        case .strip: break
        case .clip: if block.leadingBreak { block.text.append(.lf) }
        case .keep:
            if block.leadingBreak { block.text.append(.lf) }
            block.text.append(contentsOf: repeatElement(.lf, count: block.trailingBreaks))
        }
        let style: YAMLScalar.Style = isFolded ? .folded : .literal
        return YAMLNode(
            .scalar(YAMLScalar(String(decoding: block.text, as: UTF8.self), style: style)),
            range: SourceRange(start: start, end: block.end))
    }

    /// The chomping (`-`, `+`) and indentation (1-9) indicators after `|` or `>`, in either order, each
    /// at most once.
    private mutating func parseBlockScalarIndicators() -> (Chomping, Int?) {
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
        return (chomping, explicitIndent)
    }

    /// Reads the lines of a block scalar indented at least `contentIndent`, and the blank lines among and
    /// after them, up to the first line that ends it.
    private mutating func readBlockLines(contentIndent: Int, isFolded: Bool) -> BlockText {
        var block = BlockText(end: mark())
        while !atEnd {
            var spaces = 0
            while spaces < contentIndent, peek(spaces) == .space { spaces += 1 }
            let afterSpaces = byte(at: index + spaces)
            if spaces < contentIndent {
                guard takeShortBlankLine(from: index + spaces, into: &block) else { break }
                continue
            }
            if contentIndent == 0, lineStartsWithDocumentMarker(index) { break }
            index += spaces
            if afterSpaces == 0 {
                block.trailingBreaks += 1
                break
            }
            if afterSpaces == .lf || afterSpaces == .cr {
                block.trailingBreaks += 1
                consumeBreak()
                continue
            }
            guard readBlockContentLine(moreIndented: afterSpaces.isBlank, isFolded: isFolded, into: &block) else {
                break
            }
        }
        return block
    }

    /// A line with fewer spaces than the content's indentation is either blank (part of the scalar) or
    /// the end of it. Takes a blank one, counting its break, and says whether the scalar may go on.
    private mutating func takeShortBlankLine(from position: Int, into block: inout BlockText) -> Bool {
        var position = position
        while byte(at: position) == .space { position += 1 }
        if byte(at: position) == 0, position > index {
            // Spaces and then the end of the file: a last blank line without its break.
            index = position
            block.trailingBreaks += 1
            return false
        }
        guard byte(at: position) == .lf || byte(at: position) == .cr else { return false }
        index = position
        block.trailingBreaks += 1
        consumeBreak()
        return true
    }

    /// Adds a content line at the cursor (past its indentation) to the text, after the breaks before it,
    /// folded into a space where a folded scalar joins two lines. Says whether more lines may follow.
    private mutating func readBlockContentLine(moreIndented: Bool, isFolded: Bool, into block: inout BlockText)
        -> Bool
    {
        if isFolded, block.leadingBreak, !block.previousLineMoreIndented, !moreIndented {
            if block.trailingBreaks == 0 { block.text.append(.space) }
        } else if block.leadingBreak {
            block.text.append(.lf)
        }
        block.text.append(contentsOf: repeatElement(.lf, count: block.trailingBreaks))
        block.leadingBreak = false
        block.trailingBreaks = 0
        let lineStartOffset = index
        var onlyBlanks = true
        while !peek().isBreakOrEnd {
            if !peek().isBlank { onlyBlanks = false }
            index += 1
        }
        block.text.append(contentsOf: bytes[lineStartOffset..<index])
        block.end = mark()
        block.previousLineMoreIndented = moreIndented
        if atEnd {
            // A last line of only whitespace without its line break means the same as with it, as a
            // shorter whitespace-only last line does (the YAML test suite reads JEF9 so).
            block.leadingBreak = onlyBlanks
            return false
        }
        consumeBreak()
        block.leadingBreak = true
        return true
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
