/// Flow style: `[a, b]`, `{key: value}` and the scalars that may stand inside them or alone.
extension YAMLReader {
    /// A scalar or flow collection at the cursor. Lines it continues onto need `minimumIndent` spaces.
    mutating func parseFlowNode(minimumIndent: Int, depth: Int, inFlow: Bool) throws(YAMLError) -> YAMLNode {
        switch peek() {
        case .openBracket, .openBrace:
            // A line too little indented to be inside the brackets is where the closing one was forgotten.
            let (open, bracket): (SourceRange, Character) = (rangeAhead(), peek() == .openBracket ? "[" : "{")
            do {
                return bracket == "["
                    ? try parseFlowSequence(minimumIndent: minimumIndent, depth: depth + 1)
                    : try parseFlowMapping(minimumIndent: minimumIndent, depth: depth + 1)
            } catch {
                throw error.reason == .badIndentation ? self.error(.unterminatedFlow(bracket), open) : error
            }
        case .doubleQuote: return try parseDoubleQuoted(minimumIndent: minimumIndent)
        case .singleQuote: return try parseSingleQuoted(minimumIndent: minimumIndent)
        default:
            try rejectUnsupportedIndicator()
            return try parsePlain(minimumIndent: minimumIndent, inFlow: inFlow)
        }
    }

    private mutating func checkDepth(_ depth: Int) throws(YAMLError) {
        guard depth <= YAMLParser.maximumDepth else {
            throw error(.nestingTooDeep(limit: YAMLParser.maximumDepth), rangeAhead())
        }
    }

    /// `[a, b, c]`, possibly over several lines. A trailing comma is allowed, as in YAML.
    mutating func parseFlowSequence(minimumIndent: Int, depth: Int) throws(YAMLError) -> YAMLNode {
        try checkDepth(depth)
        let start = mark()
        let open = rangeAhead()
        index += 1
        let base = pendingItems.count
        while true {
            try skipFlowSeparation(minimumIndent: minimumIndent)
            switch peek() {
            case .closeBracket:
                index += 1
                return YAMLNode(.sequence(finishedItems(from: base)), range: range(from: start))
            case .comma:
                throw error(.emptyFlowEntry, rangeAhead())
            case 0:
                throw error(.unterminatedFlow("["), open)
            default:
                break
            }
            let itemLine = line
            var item = try parseFlowNode(minimumIndent: minimumIndent, depth: depth, inFlow: true)
            try skipFlowSeparation(minimumIndent: minimumIndent)
            if peek() == .colon {
                item = try parseSinglePair(key: item, keyLine: itemLine, minimumIndent: minimumIndent, depth: depth)
            }
            pendingItems.append(item)
            switch peek() {
            case .comma:
                index += 1
            case .closeBracket:
                continue
            case 0:
                throw error(.unterminatedFlow("["), open)
            default:
                throw error(.flowExpected("',' or ']'"), rangeAhead())
            }
        }
    }

    /// `[key: value]`: a one-pair mapping inside a flow sequence. The key must be a scalar on one line.
    private mutating func parseSinglePair(
        key: YAMLNode, keyLine: Int, minimumIndent: Int, depth: Int
    ) throws(YAMLError) -> YAMLNode {
        guard let keyText = key.scalar?.text else { throw error(.unsupported(.complexKey), key.range) }
        guard line == keyLine else { throw error(.multilineKey, key.range) }
        index += 1
        try skipFlowSeparation(minimumIndent: minimumIndent)
        var value = YAMLNode(.scalar(YAMLScalar("", style: .plain)), range: SourceRange(at: mark()))
        if peek() != .comma, peek() != .closeBracket {
            value = try parseFlowNode(minimumIndent: minimumIndent, depth: depth + 1, inFlow: true)
            try skipFlowSeparation(minimumIndent: minimumIndent)
        }
        let entry = YAMLMappingEntry(key: keyText, keyRange: key.range, value: value)
        return YAMLNode(.mapping([entry]), range: SourceRange(start: key.range.start, end: value.range.end))
    }

    /// `{key: value, other}`, possibly over several lines. A key without `:` has an empty value.
    mutating func parseFlowMapping(minimumIndent: Int, depth: Int) throws(YAMLError) -> YAMLNode {
        try checkDepth(depth)
        let start = mark()
        let open = rangeAhead()
        index += 1
        let base = pendingEntries.count
        var keys = KeyIndex()
        while true {
            try skipFlowSeparation(minimumIndent: minimumIndent)
            switch peek() {
            case .closeBrace:
                index += 1
                return YAMLNode(.mapping(finishedEntries(from: base)), range: range(from: start))
            case .comma:
                throw error(.emptyFlowEntry, rangeAhead())
            case 0:
                throw error(.unterminatedFlow("{"), open)
            case .question where peek(1).isWhiteOrEnd, .colon where peek(1).isWhiteOrEnd || peek(1).isFlowIndicator:
                throw error(.unsupported(.complexKey), rangeAhead())
            default:
                break
            }
            let keyNode = try parseFlowNode(minimumIndent: minimumIndent, depth: depth, inFlow: true)
            guard let key = keyNode.scalar?.text else { throw error(.unsupported(.complexKey), keyNode.range) }
            if let first = keys.insert(key, into: pendingEntries[base...]) {
                throw error(.duplicateKey(key, first: pendingEntries[first].keyRange), keyNode.range)
            }
            try skipFlowSeparation(minimumIndent: minimumIndent)
            var value = YAMLNode(.scalar(YAMLScalar("", style: .plain)), range: SourceRange(at: mark()))
            if peek() == .colon {
                index += 1
                try skipFlowSeparation(minimumIndent: minimumIndent)
                if peek() != .comma, peek() != .closeBrace {
                    value = try parseFlowNode(minimumIndent: minimumIndent, depth: depth, inFlow: true)
                    try skipFlowSeparation(minimumIndent: minimumIndent)
                }
            }
            pendingEntries.append(YAMLMappingEntry(key: key, keyRange: keyNode.range, value: value))
            switch peek() {
            case .comma:
                index += 1
            case .closeBrace:
                continue
            case 0:
                throw error(.unterminatedFlow("{"), open)
            default:
                throw error(.flowExpected("',' or '}'"), rangeAhead())
            }
        }
    }

    /// Skips spaces, tabs, comments and line breaks between flow tokens, checking each new line's indentation.
    mutating func skipFlowSeparation(minimumIndent: Int) throws(YAMLError) {
        var sawWhitespace = false
        while true {
            while peek().isBlank {
                index += 1
                sawWhitespace = true
            }
            let byte = peek()
            if byte == .hash {
                guard sawWhitespace || index == lineStart || bytes[index - 1].isBlank else {
                    throw error(.commentNeedsSpace, rangeAhead())
                }
                while !peek().isBreakOrEnd { index += 1 }
                continue
            }
            guard byte == .lf || byte == .cr else { return }
            consumeBreak()
            sawWhitespace = true
            try enterContinuationLine(minimumIndent: minimumIndent)
        }
    }

    /// At the start of a line inside a multi-line flow node: checks that, if the line holds content,
    /// it is indented by at least `minimumIndent` spaces and is not a document marker.
    mutating func enterContinuationLine(minimumIndent: Int) throws(YAMLError) {
        while peek() == .space { index += 1 }
        let spaces = index - lineStart
        var position = index
        while byte(at: position).isBlank { position += 1 }
        let first = byte(at: position)
        if first.isBreakOrEnd || first == .hash { return }
        if spaces == 0, lineStartsWithDocumentMarker(lineStart) {
            throw error(.documentMarkerInScalar, rangeAhead(3))
        }
        if spaces < minimumIndent {
            throw error(peek() == .tab ? .tabIndentation : .badIndentation, rangeAhead())
        }
    }
}
