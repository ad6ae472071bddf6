/// What loading a dialogue produced: the dialogue when there were no errors, every diagnostic, and the
/// files read (so the diagnostics can quote their lines).
package struct LoadOutcome: Sendable {
    package let dialogue: Dialogue?
    package let diagnostics: [Diagnostic]
    package let sources: [SourceFile]

    package init(dialogue: Dialogue?, diagnostics: [Diagnostic], sources: [SourceFile]) {
        self.dialogue = dialogue
        self.diagnostics = diagnostics
        self.sources = sources
    }

    package func source(named name: String) -> SourceFile? {
        sources.first { $0.name == name }
    }
}
