/// Block structure: mappings and sequences laid out by indentation.
extension YAMLReader {
    /// Where a block node starts, which decides what it may be.
    enum NodePosition {
        /// At the first character of a line: anything may start here.
        case lineStart
        /// After `- ` on the same line: a nested list or a mapping may start here (`- - a`, `- key: value`).
        case afterDash(sawTab: Bool)
        /// After `key: ` on the same line: only a scalar, a flow collection or a block scalar.
        case afterKey
    }

    /// Parses the node at the cursor. `indent` is its column (from 0); `parentIndent` that of the collection
    /// holding it (-1 for the document), which continuation lines must be indented beyond.
    mutating func parseBlockNode(
        indent: Int, parentIndent: Int, depth: Int, position: NodePosition
    ) throws(YAMLError) -> YAMLNode {
        let byte = peek()
        let next = peek(1)
        if case .afterKey = position {
            if byte == .dash, next.isWhiteOrEnd { throw error(.sequenceEntryNotAllowed, rangeAhead()) }
        } else {
            if byte == .dash, next.isWhiteOrEnd {
                if case .afterDash(sawTab: true) = position { throw error(.tabIndentation, rangeAhead()) }
                return try parseBlockSequence(indent: indent, depth: depth + 1)
            }
            if startsImplicitKey() {
                if case .afterDash(sawTab: true) = position { throw error(.tabIndentation, rangeAhead()) }
                return try parseBlockMapping(indent: indent, depth: depth + 1)
            }
        }
        try rejectUnsupportedIndicator()
        if byte == UInt8(ascii: "|") || byte == UInt8(ascii: ">") {
            return try parseBlockScalar(parentIndent: parentIndent)
        }
        let startLine = line
        let node = try parseFlowNode(minimumIndent: parentIndent + 1, depth: depth, inFlow: false)
        if node.sequence != nil || node.mapping != nil {
            try finishLine(after: .flowCollection)
        } else {
            if case .lineStart = position, line != startLine {
                let blanks = index
                while peek().isBlank { index += 1 }
                if peek() == .colon, peek(1).isWhiteOrEnd { throw error(.multilineKey, node.range) }
                index = blanks
            }
            try finishLine(after: .value)
        }
        return node
    }

    /// Rejects YAML indicators the format leaves out, naming the feature.
    mutating func rejectUnsupportedIndicator() throws(YAMLError) {
        switch peek() {
        case UInt8(ascii: "&"): throw error(.unsupported(.anchor), rangeAhead())
        case UInt8(ascii: "*"): throw error(.unsupported(.alias), rangeAhead())
        case UInt8(ascii: "!"): throw error(.unsupported(.tag), rangeAhead())
        case UInt8(ascii: "@"), UInt8(ascii: "`"): throw error(.unsupported(.reservedIndicator), rangeAhead())
        case UInt8(ascii: "%"):
            throw error(.unexpectedContent("'%'; put text that starts with '%' in quotes"), rangeAhead())
        case .question where peek(1).isWhiteOrEnd: throw error(.unsupported(.complexKey), rangeAhead())
        case .colon where peek(1).isWhiteOrEnd: throw error(.unsupported(.complexKey), rangeAhead())
        default: break
        }
    }

    /// Whether the line from the cursor is `key: ...` with a plain or quoted key.
    func startsImplicitKey() -> Bool {
        var position = index
        let first = byte(at: position)
        if first == .doubleQuote || first == .singleQuote {
            position += 1
            while true {
                let byte = byte(at: position)
                if byte.isBreakOrEnd { return false }
                if byte == .backslash, first == .doubleQuote {
                    position += 2
                    continue
                }
                if byte == first {
                    if first == .singleQuote, self.byte(at: position + 1) == .singleQuote {
                        position += 2
                        continue
                    }
                    break
                }
                position += 1
            }
            position += 1
            while byte(at: position).isBlank { position += 1 }
            return byte(at: position) == .colon && byte(at: position + 1).isWhiteOrEnd
        }
        if first == .openBracket || first == .openBrace { return false }
        while true {
            let byte = byte(at: position)
            if byte.isBreakOrEnd { return false }
            if byte == .colon, self.byte(at: position + 1).isWhiteOrEnd { return true }
            if byte.isBlank, self.byte(at: position + 1) == .hash { return false }
            position += 1
        }
    }

    /// A block mapping whose keys stand at column `indent`.
    mutating func parseBlockMapping(indent: Int, depth: Int) throws(YAMLError) -> YAMLNode {
        guard depth <= YAMLParser.maximumDepth else {
            throw error(.nestingTooDeep(limit: YAMLParser.maximumDepth), rangeAhead())
        }
        let start = mark()
        var end = start
        let base = pendingEntries.count
        var keys = KeyIndex()
        while true {
            let (key, keyRange) = try parseImplicitKey()
            if let first = keys.insert(key, into: pendingEntries[base...]) {
                throw error(.duplicateKey(key, first: pendingEntries[first].keyRange), keyRange)
            }
            index += 1  // the ':'
            let value = try parseMappingValue(mappingIndent: indent, depth: depth)
            pendingEntries.append(YAMLMappingEntry(key: key, keyRange: keyRange, value: value))
            end = value.range.end > keyRange.end ? value.range.end : keyRange.end
            guard let next = try nextContentLine(), next >= indent else { break }
            if next > indent {
                throw indentationError(
                    siblings: indent, sibling: pendingEntries.last?.key, previous: pendingEntries.last?.value)
            }
            if peek() == .dash, peek(1).isWhiteOrEnd { throw error(.listItemInMapping, rangeAhead()) }
            try rejectUnsupportedIndicator()
            guard startsImplicitKey() else { throw error(.missingColon, restOfLineRange()) }
        }
        return YAMLNode(.mapping(finishedEntries(from: base)), range: SourceRange(start: start, end: end))
    }

    /// Reads a one-line key up to (not including) its `:`.
    private mutating func parseImplicitKey() throws(YAMLError) -> (String, SourceRange) {
        let start = mark()
        let key: String
        switch peek() {
        case .doubleQuote: key = try parseDoubleQuoted(minimumIndent: 0).scalar?.text ?? ""
        case .singleQuote: key = try parseSingleQuoted(minimumIndent: 0).scalar?.text ?? ""
        default: key = try parsePlainKey()
        }
        let range = SourceRange(start: start, end: mark())
        if range.end.offset - range.start.offset > YAMLParser.maximumKeyLength { throw error(.keyTooLong, range) }
        while peek().isBlank { index += 1 }
        guard peek() == .colon else { throw error(.missingColon, range) }
        return (key, range)
    }

    /// The value after `key:`: on the same line, on the lines below, or left out (an empty value).
    private mutating func parseMappingValue(mappingIndent: Int, depth: Int) throws(YAMLError) -> YAMLNode {
        let afterColon = mark()
        while peek().isBlank { index += 1 }
        if !peek().isBreakOrEnd, peek() != .hash {
            return try parseBlockNode(
                indent: index - lineStart, parentIndent: mappingIndent, depth: depth, position: .afterKey)
        }
        try finishLine(after: .value)
        let empty = YAMLNode(.scalar(YAMLScalar("", style: .plain)), range: SourceRange(at: afterColon))
        guard let next = try nextContentLine() else { return empty }
        if next > mappingIndent {
            return try parseBlockNode(indent: next, parentIndent: mappingIndent, depth: depth, position: .lineStart)
        }
        if next == mappingIndent, peek() == .dash, peek(1).isWhiteOrEnd {
            return try parseBlockSequence(indent: next, depth: depth + 1)
        }
        return empty
    }

    /// A block sequence whose `-` indicators stand at column `indent`.
    mutating func parseBlockSequence(indent: Int, depth: Int) throws(YAMLError) -> YAMLNode {
        guard depth <= YAMLParser.maximumDepth else {
            throw error(.nestingTooDeep(limit: YAMLParser.maximumDepth), rangeAhead())
        }
        let start = mark()
        var end = start
        let base = pendingItems.count
        while true {
            let dash = mark()
            index += 1  // the '-'
            let item = try parseSequenceItem(sequenceIndent: indent, depth: depth, dash: dash)
            end = item.range.end > dash ? item.range.end : location(at: dash.offset + 1)
            pendingItems.append(item)
            guard let next = try nextContentLine(), next >= indent else { break }
            if next > indent { throw indentationError(siblings: indent, sibling: "-", previous: pendingItems.last) }
            guard peek() == .dash, peek(1).isWhiteOrEnd else { break }
        }
        return YAMLNode(.sequence(finishedItems(from: base)), range: SourceRange(start: start, end: end))
    }

    /// The item after `-`: on the same line, on the lines below, or left out.
    private mutating func parseSequenceItem(
        sequenceIndent: Int, depth: Int, dash: SourceLocation
    ) throws(YAMLError) -> YAMLNode {
        var sawTab = false
        while peek().isBlank {
            if peek() == .tab { sawTab = true }
            index += 1
        }
        if !peek().isBreakOrEnd, peek() != .hash {
            return try parseBlockNode(
                indent: index - lineStart, parentIndent: sequenceIndent, depth: depth,
                position: .afterDash(sawTab: sawTab))
        }
        try finishLine(after: .value)
        let empty = YAMLNode(.scalar(YAMLScalar("", style: .plain)), range: SourceRange(at: dash))
        guard let next = try nextContentLine(), next > sequenceIndent else { return empty }
        return try parseBlockNode(indent: next, parentIndent: sequenceIndent, depth: depth, position: .lineStart)
    }

    /// From the cursor to the end of the line, for pointing at a whole line that is wrong.
    mutating func restOfLineRange() -> SourceRange {
        var end = index
        while !byte(at: end).isBreakOrEnd { end += 1 }
        return SourceRange(start: mark(), end: location(at: end))
    }
}
