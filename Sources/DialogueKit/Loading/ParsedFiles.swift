/// Files already parsed, by path, so that a workspace that looks at every file first and then loads
/// the dialogues does not parse any file twice.
public struct ParsedFiles: Sendable {
    private var files: [String: (source: SourceFile, document: Result<YAMLDocument, YAMLError>)] = [:]

    public init() {}

    /// Parses `source` and keeps the outcome under its path.
    @discardableResult
    public mutating func parse(_ source: SourceFile) -> Result<YAMLDocument, YAMLError> {
        let outcome = YAMLParser().parse(source)
        files[Path.normalized(source.name)] = (source, outcome)
        return outcome
    }

    /// The file at `path`, if it was read and parsed already.
    func source(at path: String) -> SourceFile? {
        files[Path.normalized(path)]?.source
    }

    /// The outcome of parsing `source`: the kept one when there is one, otherwise parsed now. `kept`
    /// says which: a kept tree is shared, so a reader must not take parts out of it.
    func document(for source: SourceFile) -> (outcome: Result<YAMLDocument, YAMLError>, kept: Bool) {
        if let document = files[Path.normalized(source.name)]?.document { return (document, true) }
        return (YAMLParser().parse(source), false)
    }
}
