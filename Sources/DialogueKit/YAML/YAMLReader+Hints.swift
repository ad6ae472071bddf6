/// Messages that say how to fix a line, not only what is wrong with it: which way to move a line and to
/// which column, worked out from the lines around it.
extension YAMLReader {
    /// The error for a line (the cursor at its first character) indented further than the entries it
    /// stands among, at column `siblings` (from 0). `previous` is the value of the entry above, and
    /// `sibling` its key (or `-` for a list).
    mutating func indentationError(siblings: Int, sibling: String?, previous: YAMLNode?) -> YAMLError {
        let lineIndent = index - lineStart
        if !startsImplicitKey(), !(peek() == .dash && peek(1).isWhiteOrEnd),
            let text = previous.flatMap(lastPlainScalar),
            text.range.start.column - 1 > lineIndent
        {
            return error(.continuationIndentedTooLittle(column: text.range.start.column), rangeAhead())
        }
        var deeper: Int?
        if let previous, previous.scalar == nil, previous.range.start.column - 1 > lineIndent, startsItsLine(previous) {
            deeper = previous.range.start.column
        }
        return error(.indentedTooFar(column: siblings + 1, sibling: sibling, deeper: deeper), rangeAhead())
    }

    /// Whether `node` starts its own line (a block of lines under a key, not `[...]` after it).
    private func startsItsLine(_ node: YAMLNode) -> Bool {
        var position = node.range.start.offset
        while position > 0, bytes[position - 1] == .space { position -= 1 }
        return position == 0 || bytes[position - 1] == .lf
    }

    /// The last plain scalar written in `node` (the end of a list or a set of keys), whose text a
    /// following line may have been meant to continue.
    private func lastPlainScalar(_ node: YAMLNode) -> YAMLNode? {
        switch node.content {
        case .scalar(let scalar): scalar.style == .plain ? node : nil
        case .sequence(let items): items.last.flatMap(lastPlainScalar)
        case .mapping(let entries): entries.last.flatMap { lastPlainScalar($0.value) }
        }
    }

    /// For a `key: ` met inside plain text (the cursor at the ':'): when the key starts its line, that
    /// line is a continuation line of the text above, indented further than the key that text belongs
    /// to; say to move it left in line with that key.
    mutating func keyInsideTextError() -> YAMLError? {
        var keyStart = lineStart
        while byte(at: keyStart) == .space { keyStart += 1 }
        let key = String(decoding: bytes[keyStart..<index], as: UTF8.self)
        guard !key.isEmpty, !key.contains(" "), let owner = keyAbove(indentLessThan: keyStart - lineStart) else {
            return nil
        }
        let range = SourceRange(start: location(at: keyStart), end: location(at: index + 1))
        return error(.keyIndentedTooFar(key: key, column: owner.column, sibling: owner.key), range)
    }

    /// The nearest line above the current one, indented less than `indent`, that holds `key:` (perhaps
    /// after `- `): its key and the key's column (from 1).
    private func keyAbove(indentLessThan indent: Int) -> (key: String, column: Int)? {
        var end = lineStart - 1
        while end > 0 {
            var start = end
            while start > 0, bytes[start - 1] != .lf { start -= 1 }
            var first = start
            while first < end, bytes[first] == .space { first += 1 }
            if first < end, first - start < indent, bytes[first] != .hash {
                if bytes[first] == .dash, first + 1 < end, bytes[first + 1] == .space {
                    first += 2
                    while first < end, bytes[first] == .space { first += 1 }
                }
                var colon = first
                while colon < end, bytes[colon] != .colon, bytes[colon] != .space { colon += 1 }
                guard colon < end, bytes[colon] == .colon, colon > first else { return nil }
                return (String(decoding: bytes[first..<colon], as: UTF8.self), first - start + 1)
            }
            end = start - 1
        }
        return nil
    }
}
