/// A position in a source file: what an author needs to find the spot (line and column, both from 1)
/// and what a tool needs to slice the bytes (the byte offset, from 0).
///
/// Columns count Unicode scalars, not bytes, so a caret lines up under non-ASCII text.
///
/// Stored in 32 bits each (a parsed file holds two of these per node and per key, and no file the
/// parser reads comes near 2 GB); read and written as `Int`.
package struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    private var storedLine: Int32
    private var storedColumn: Int32
    private var storedOffset: Int32

    package var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    package var offset: Int {
        get { Int(storedOffset) }
        set { storedOffset = Int32(clamping: newValue) }
    }

    @inline(__always)
    package init(line: Int, column: Int, offset: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
        storedOffset = Int32(clamping: offset)
    }

    package static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.storedOffset < rhs.storedOffset
    }

    package var description: String { "\(line):\(column)" }
}
