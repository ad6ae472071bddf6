/// The parser's cursor and everything it needs to build positions. One value per parse, never shared.
///
/// It reads the file through an unsafe buffer that lives only as long as the parse (`YAMLParser.parse`
/// makes it with `withUnsafeBufferPointer`): every read is guarded by `peek`'s end check, and that
/// check is the only one, which the parser's inner loops feel.
struct YAMLReader {
    package let bytes: UnsafeBufferPointer<UInt8>
    /// The offset of the next byte to read.
    package var index = 0
    /// The line of `index`, from 1.
    package var line = 1
    /// The offset where the current line starts.
    var lineStart = 0
    /// Where the multi-byte characters are, filled in by `validateEncoding`, for columns.
    var multiByte = MultiByteCharacters()
    /// The entries of the mappings being read, innermost last, and the items of the sequences: each
    /// collection gathers its children here and takes them out as one array of exactly their number
    /// when it ends (`finishedEntries`, `finishedItems`). Arrays grown one append at a time would make
    /// a few allocations per collection and leave it up to twice the room it needs, for the whole
    /// life of the tree.
    var pendingEntries: [YAMLMappingEntry] = []
    var pendingItems: [YAMLNode] = []

    package init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    // MARK: Bytes

    /// The byte `ahead` places from the cursor, or 0 past the end (NUL is rejected up front, so 0 means the end).
    @inline(__always)
    func peek(_ ahead: Int = 0) -> UInt8 {
        let position = index + ahead
        return position < bytes.count ? bytes[position] : 0
    }

    @inline(__always)
    func byte(at position: Int) -> UInt8 {
        position < bytes.count ? bytes[position] : 0
    }

    var atEnd: Bool { index >= bytes.count }

    /// Steps over one line break (LF or CRLF) and starts the next line.
    mutating func consumeBreak() {
        if peek() == .cr { index += 1 }
        if peek() == .lf { index += 1 }
        line += 1
        lineStart = index
    }

    // MARK: Positions

    /// The position of the cursor.
    @inline(__always)
    mutating func mark() -> SourceLocation {
        location(at: index)
    }

    /// The position of an offset on the current line: its column counts characters, so the continuation
    /// bytes of multi-byte characters between the line's start and the offset are taken off.
    @inline(__always)
    mutating func location(at offset: Int) -> SourceLocation {
        var column = 1 + offset - lineStart
        if !multiByte.isEmpty {
            column -=
                multiByte.continuations(before: min(offset, bytes.count)) - multiByte.continuations(before: lineStart)
        }
        return SourceLocation(line: line, column: column, offset: offset)
    }

    /// A range from `start` to the cursor.
    package mutating func range(from start: SourceLocation) -> SourceRange {
        SourceRange(start: start, end: mark())
    }

    /// A range over `length` bytes from the cursor, for pointing at a token not yet consumed.
    mutating func rangeAhead(_ length: Int = 1) -> SourceRange {
        let start = mark()
        return SourceRange(start: start, end: location(at: index + length))
    }

    package func error(_ reason: YAMLError.Reason, _ range: SourceRange) -> YAMLError {
        YAMLError(reason, at: range)
    }

    // MARK: Collections

    /// The entries gathered in `pendingEntries` from `base` on, taken out as an array of their own.
    mutating func finishedEntries(from base: Int) -> [YAMLMappingEntry] {
        Self.takeTail(of: &pendingEntries, from: base)
    }

    /// The items gathered in `pendingItems` from `base` on, taken out as an array of their own.
    mutating func finishedItems(from base: Int) -> [YAMLNode] {
        Self.takeTail(of: &pendingItems, from: base)
    }

    /// `pending[base...]` as a new array of exactly that size, removed from `pending`.
    /// (`Array(pending[base...])` would share the scratch's storage, slack included, when `base` is 0,
    /// and make the removal copy the rest.)
    private static func takeTail<Element>(of pending: inout [Element], from base: Int) -> [Element] {
        var tail: [Element] = []
        tail.reserveCapacity(pending.count - base)
        tail.append(contentsOf: pending[base...])
        pending.removeSubrange(base...)
        return tail
    }

    // MARK: Document

    /// Parses the whole file: an optional `---`, one node, and nothing after it but comments.
    mutating func parseDocument() throws(YAMLError) -> YAMLNode? {
        try validateEncoding()
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            index = 3
            lineStart = 3
        }
        guard var indent = try nextContentLine(allowDocumentStart: true) else { return nil }
        if indent == 0, atDocumentMarker(.dash) {
            index += 3
            try finishLine(after: .documentMarker)
            guard let next = try nextContentLine() else { return nil }
            indent = next
        }
        let root = try parseBlockNode(indent: indent, parentIndent: -1, depth: 0, position: .lineStart)
        if try nextContentLine() != nil {
            throw error(.expectedEndOfDocument, rangeAhead())
        }
        return root
    }
}
