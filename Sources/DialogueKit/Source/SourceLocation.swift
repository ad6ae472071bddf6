/// A position in a source file: what an author needs to find the spot (line and column, both from 1)
/// and what a tool needs to slice the bytes (the byte offset, from 0).
///
/// Columns count Unicode scalars, not bytes, so a caret lines up under non-ASCII text.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.offset < rhs.offset
    }

    public var description: String { "\(line):\(column)" }
}

/// A half-open span of a source file, from `start` up to (not including) `end`.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    public var start: SourceLocation
    public var end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// An empty range at one position.
    public init(at location: SourceLocation) {
        self.init(start: location, end: location)
    }

    public var description: String { start.description }
}
