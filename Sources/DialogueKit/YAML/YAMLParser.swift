/// Reads the dialogue format, a strict subset of YAML 1.2, from UTF-8 bytes in one pass.
///
/// What it accepts means exactly what YAML means by it, with every scalar read as text. What lies outside
/// the subset (anchors, tags, directives, several documents, complex keys, tab indentation) is rejected
/// with a `YAMLError` that names the feature and says what to write instead.
///
/// The parser works on bytes, never on a `String` per line, and takes no step that grows faster than the
/// input: a 20 MB file, a 20 MB line or a mapping with 50,000 keys all parse in linear time.
package struct YAMLParser: Sendable {
    /// The largest file the parser reads: far above any dialogue, well below what would strain memory.
    package static let maximumFileSize = 64 * 1_048_576
    /// The deepest nesting of lists and mappings: far above any dialogue, well within the stack.
    static let maximumDepth = 100
    /// YAML's own limit on a key written on one line.
    static let maximumKeyLength = 1024

    package init() {}

    /// Parses one file into a document, or the first error that stops the parse.
    package func parse(_ file: SourceFile) -> Result<YAMLDocument, YAMLError> {
        file.bytes.withUnsafeBufferPointer { buffer in
            var reader = YAMLReader(buffer)
            do throws(YAMLError) {
                let root = try reader.parseDocument()
                return .success(YAMLDocument(root: root, file: file.name))
            } catch {
                return .failure(error)
            }
        }
    }
}
