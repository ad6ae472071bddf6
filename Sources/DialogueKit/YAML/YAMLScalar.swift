/// The text of a scalar and how it was written.
public struct YAMLScalar: Hashable, Sendable {
    public enum Style: Hashable, Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var text: String
    public var style: Style

    public init(_ text: String, style: Style) {
        self.text = text
        self.style = style
    }

    /// A value left out altogether (`key:` with nothing after it), which YAML reads as null.
    public var isEmptyValue: Bool { style == .plain && text.isEmpty }
}
