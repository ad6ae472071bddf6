/// What loading a dialogue produced: the dialogue when there were no errors, every diagnostic, and the
/// files read (so the diagnostics can quote their lines).
public struct LoadOutcome: Sendable {
    public let dialogue: Dialogue?
    public let diagnostics: [Diagnostic]
    public let sources: [SourceFile]

    public init(dialogue: Dialogue?, diagnostics: [Diagnostic], sources: [SourceFile]) {
        self.dialogue = dialogue
        self.diagnostics = diagnostics
        self.sources = sources
    }

    public func source(named name: String) -> SourceFile? {
        sources.first { $0.name == name }
    }
}
