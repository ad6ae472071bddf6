/// A node of a parsed document: a scalar, a sequence or a mapping, with the span of source it came from.
///
/// Every scalar is text: the format never guesses that `12` is a number or `no` is false.
public struct YAMLNode: Hashable, Sendable {
    public enum Content: Hashable, Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLMappingEntry])
    }

    public var content: Content
    public var range: SourceRange

    public init(_ content: Content, range: SourceRange) {
        self.content = content
        self.range = range
    }

    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var mapping: [YAMLMappingEntry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }
}

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

/// One `key: value` pair. Keys are always scalars in the dialogue format.
public struct YAMLMappingEntry: Hashable, Sendable {
    public var key: String
    public var keyRange: SourceRange
    public var value: YAMLNode

    public init(key: String, keyRange: SourceRange, value: YAMLNode) {
        self.key = key
        self.keyRange = keyRange
        self.value = value
    }
}

/// A parsed file: its root node, or `nil` when it holds nothing but comments and blank lines.
public struct YAMLDocument: Hashable, Sendable {
    public var root: YAMLNode?
    public var file: String

    public init(root: YAMLNode?, file: String) {
        self.root = root
        self.file = file
    }
}
