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
