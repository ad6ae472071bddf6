/// A parsed file: its root node, or `nil` when it holds nothing but comments and blank lines.
public struct YAMLDocument: Hashable, Sendable {
    public var root: YAMLNode?
    public var file: String

    public init(root: YAMLNode?, file: String) {
        self.root = root
        self.file = file
    }
}
