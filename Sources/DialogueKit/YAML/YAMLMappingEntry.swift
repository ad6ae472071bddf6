/// One `key: value` pair. Keys are always scalars in the dialogue format.
package struct YAMLMappingEntry: Hashable, Sendable {
    package var key: String
    var keyRange: SourceRange
    var value: YAMLNode

    package init(key: String, keyRange: SourceRange, value: YAMLNode) {
        self.key = key
        self.keyRange = keyRange
        self.value = value
    }
}
