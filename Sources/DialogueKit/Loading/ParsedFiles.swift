/// Files already parsed, by path, so that a workspace that looks at every file first and then loads
/// the dialogues does not parse any file twice.
///
/// A load takes each file's tree out when it reads it (`takeDocument`), so that the tree is released
/// as the dialogue is built rather than kept beside it: only the bytes stay, for quoting lines.
package struct ParsedFiles: Sendable {
    private var files: [String: (source: SourceFile, document: Result<YAMLDocument, YAMLError>?)] = [:]

    init() {}

    /// Parses `source` and keeps the outcome under its path.
    @discardableResult
    package mutating func parse(_ source: SourceFile) -> Result<YAMLDocument, YAMLError> {
        let outcome = YAMLParser().parse(source)
        files[Path.normalized(source.name)] = (source, outcome)
        return outcome
    }

    /// The file at `path`, if it was read and parsed already.
    package func source(at path: String) -> SourceFile? {
        files[Path.normalized(path)]?.source
    }

    /// The outcome of parsing `source`, taken out of the store when it is there (parsed again when it
    /// was taken already, as for a part two dialogues include), so the caller holds the only copy of
    /// the tree when no other copy of this store is kept.
    mutating func takeDocument(for source: SourceFile) -> Result<YAMLDocument, YAMLError> {
        let key = Path.normalized(source.name)
        guard let document = files[key]?.document else { return YAMLParser().parse(source) }
        files[key]?.document = nil
        return document
    }

    /// How many parsed trees are kept, not yet taken by a load.
    var keptDocumentCount: Int { files.values.filter { $0.document != nil }.count }
}
