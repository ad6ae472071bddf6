/// The text of a scalar and how it was written.
package struct YAMLScalar: Hashable, Sendable {
    package enum Style: Hashable, Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    package var text: String
    var style: Style

    package init(_ text: String, style: Style) {
        self.text = text
        self.style = style
    }

    /// A value left out altogether (`key:` with nothing after it), which YAML reads as null.
    var isEmptyValue: Bool { style == .plain && text.isEmpty }
}
