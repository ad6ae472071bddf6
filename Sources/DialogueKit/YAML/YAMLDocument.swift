/// A parsed file: its root node, or `nil` when it holds nothing but comments and blank lines.
package struct YAMLDocument: Hashable, Sendable {
    package var root: YAMLNode?
    package var file: String
}
