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
