/// Tests transcripts against the dialogues they name, loading each dialogue once through a workspace.
/// Pure: the shell hands over each transcript's text and a file system for the dialogues.
package struct TranscriptTester: Sendable {
    private var workspace: DialogueWorkspace
    /// Each dialogue's engine, by path, made once for all the transcripts that name it: making an engine
    /// was nine tenths of `signpost test` on the shipped transcripts (`shipped.test` in Benchmarks/).
    private var engines: [String: ConversationEngine] = [:]

    package init(files: any DialogueFileSystem) {
        workspace = DialogueWorkspace(files: files)
    }

    /// The verdict on the transcript at `path`, whose text is `text` (`nil` when it could not be read).
    /// `refusal` is asked about the dialogue the transcript names (as written, and as a path) and says
    /// why it may not be used, if it may not: the shell knows where files really are.
    package mutating func test(
        _ path: String, text: String?, refusal: (_ name: String, _ path: String) -> FileRefusal? = { _, _ in nil }
    ) -> (verdict: TranscriptVerdict, dialogue: Dialogue?) {
        guard let text else { return (.unreadable, nil) }
        let transcript = Transcript.parse(text)
        guard let named = transcript.dialogue else { return (.namesNoDialogue, nil) }
        let dialoguePath = Path.join(Path.directory(of: path), named)
        if let reason = refusal(named, dialoguePath) { return (.dialogueRefused(name: named, reason: reason), nil) }
        let loaded = workspace.outcome(for: dialoguePath)
        guard let dialogue = loaded.dialogue else { return (.dialogueFailed(path: dialoguePath, loaded), nil) }
        let engine = engines[dialoguePath] ?? ConversationEngine(dialogue: dialogue)
        engines[dialoguePath] = engine
        let outcome = TranscriptReplay.replay(transcript, engine: engine)
        return (outcome.passed ? .passed(outcome) : .changed(outcome), dialogue)
    }
}
