/// Where something in a dialogue was written: the file and the span within it.
public struct SourceReference: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let range: SourceRange

    public init(file: String, range: SourceRange) {
        self.file = file
        self.range = range
    }

    /// `file:line`, the way an author looks a place up.
    public var description: String { "\(file):\(range.start.line)" }
}
