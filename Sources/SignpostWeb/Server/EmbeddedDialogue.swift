import DialogueKit

/// The default dialogue, built into the binary by the EmbedDialogues plugin (as the command line's is).
package enum BuiltInDialogue {
    static let path = "Dialogues/signpost.yaml"

    package static func load() -> LoadOutcome {
        DialogueLoader(files: InMemoryFiles(EmbeddedDialogues.files)).load(path)
    }

    /// A fingerprint of the files: the same files always give the same value, on every server.
    package static var fingerprint: String { Fingerprint.of(EmbeddedDialogues.files) }
}
