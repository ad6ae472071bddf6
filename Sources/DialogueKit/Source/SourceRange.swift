/// A half-open span of a source file, from `start` up to (not including) `end`.
package struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    package var start: SourceLocation
    var end: SourceLocation

    package init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// An empty range at one position.
    package init(at location: SourceLocation) {
        self.init(start: location, end: location)
    }

    package var description: String { start.description }
}
