/// Where something in a dialogue was written: the file and the span within it.
package struct SourceReference: Hashable, Sendable, CustomStringConvertible {
    package let file: String
    package let range: SourceRange

    package init(file: String, range: SourceRange) {
        self.file = file
        self.range = range
    }

    /// `file:line`, the way an author looks a place up.
    package var description: String { "\(file):\(range.start.line)" }
}
