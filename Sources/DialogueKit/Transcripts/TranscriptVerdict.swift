/// What testing one transcript came to. The `test` command prints these and, when asked, writes the
/// transcripts that changed; the core decides nothing about files.
package enum TranscriptVerdict: Sendable {
    case passed(ReplayOutcome)
    /// The conversation now differs from the transcript.
    case changed(ReplayOutcome)
    /// The file could not be read.
    case unreadable
    /// The transcript does not say which dialogue it runs against.
    case namesNoDialogue
    /// The dialogue it names may not be used (outside the folder, not a dialogue file), and why.
    case dialogueRefused(name: String, reason: FileRefusal)
    /// Its dialogue has errors, so nothing could be replayed.
    case dialogueFailed(path: String, LoadOutcome)

    package var passed: Bool {
        if case .passed = self { return true }
        return false
    }

    /// Why it failed, as a stable code (see `DiagnosticCode`): for a changed replay, its first change's;
    /// `nil` when it passed.
    package var code: DiagnosticCode? {
        switch self {
        case .passed: nil
        case .changed(let outcome): outcome.changes.first?.code ?? .textChanged
        case .unreadable: .transcriptUnreadable
        case .namesNoDialogue: .transcriptNamesNoDialogue
        case .dialogueRefused: .transcriptDialogueRefused
        case .dialogueFailed: .transcriptDialogueFails
        }
    }

    /// The replay, where there was one.
    package var replay: ReplayOutcome? {
        switch self {
        case .passed(let outcome), .changed(let outcome): outcome
        case .unreadable, .namesNoDialogue, .dialogueRefused, .dialogueFailed: nil
        }
    }
}
