/// Reads the dialogue format, a strict subset of YAML 1.2, from UTF-8 bytes in one pass.
///
/// What it accepts means exactly what YAML means by it, with every scalar read as text. What lies outside
/// the subset (anchors, tags, directives, several documents, complex keys, tab indentation) is rejected
/// with a `YAMLError` that names the feature and says what to write instead.
///
/// The parser works on bytes, never on a `String` per line, and takes no step that grows faster than the
/// input: a 20 MB file, a 20 MB line or a mapping with 50,000 keys all parse in linear time.
public struct YAMLParser: Sendable {
    /// The largest file the parser reads: far above any dialogue, well below what would strain memory.
    public static let maximumFileSize = 64 * 1_048_576
    /// The deepest nesting of lists and mappings: far above any dialogue, well within the stack.
    public static let maximumDepth = 100
    /// YAML's own limit on a key written on one line.
    static let maximumKeyLength = 1024

    public init() {}

    /// Parses one file into a document, or the first error that stops the parse.
    public func parse(_ file: SourceFile) -> Result<YAMLDocument, YAMLError> {
        var reader = YAMLReader(file.bytes)
        do throws(YAMLError) {
            let root = try reader.parseDocument()
            return .success(YAMLDocument(root: root, file: file.name))
        } catch {
            return .failure(error)
        }
    }
}

/// The parser's cursor and everything it needs to build positions. One value per parse, never shared.
struct YAMLReader {
    let bytes: [UInt8]
    /// The offset of the next byte to read.
    var index = 0
    /// The line of `index`, from 1.
    var line = 1
    /// The offset where the current line starts.
    var lineStart = 0
    /// The last column computed on the current line, so that positions along a long line cost linear time.
    private var columnCache = (lineStart: -1, offset: 0, column: 1)

    init(_ bytes: [UInt8]) {
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
    mutating func mark() -> SourceLocation {
        location(at: index)
    }

    /// The position of an offset on the current line.
    mutating func location(at offset: Int) -> SourceLocation {
        var from = lineStart
        var column = 1
        if columnCache.lineStart == lineStart, columnCache.offset <= offset {
            from = columnCache.offset
            column = columnCache.column
        }
        for position in from..<max(from, min(offset, bytes.count)) where !bytes[position].isUTF8Continuation {
            column += 1
        }
        if offset > bytes.count { column += offset - bytes.count }
        columnCache = (lineStart, offset, column)
        return SourceLocation(line: line, column: column, offset: offset)
    }

    /// A range from `start` to the cursor.
    mutating func range(from start: SourceLocation) -> SourceRange {
        SourceRange(start: start, end: mark())
    }

    /// A range over `length` bytes from the cursor, for pointing at a token not yet consumed.
    mutating func rangeAhead(_ length: Int = 1) -> SourceRange {
        let start = mark()
        return SourceRange(start: start, end: location(at: index + length))
    }

    func error(_ reason: YAMLError.Reason, _ range: SourceRange) -> YAMLError {
        YAMLError(reason, at: range)
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

extension UInt8 {
    static let lf = UInt8(ascii: "\n")
    static let cr = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let hash = UInt8(ascii: "#")
    static let colon = UInt8(ascii: ":")
    static let dash = UInt8(ascii: "-")
    static let dot = UInt8(ascii: ".")
    static let comma = UInt8(ascii: ",")
    static let question = UInt8(ascii: "?")
    static let singleQuote = UInt8(ascii: "'")
    static let doubleQuote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")

    /// A line break, or 0 for the end of input.
    var isBreakOrEnd: Bool { self == .lf || self == .cr || self == 0 }
    var isBlank: Bool { self == .space || self == .tab }
    /// Whitespace, a line break or the end of input: what must follow `-`, `?`, `:` as indicators.
    var isWhiteOrEnd: Bool { isBlank || isBreakOrEnd }
    var isFlowIndicator: Bool {
        self == .comma || self == .openBracket || self == .closeBracket || self == .openBrace || self == .closeBrace
    }
    var isUTF8Continuation: Bool { self & 0xC0 == 0x80 }
}
