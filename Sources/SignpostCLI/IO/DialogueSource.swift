import DialogueKit
import Foundation

/// Which dialogue to run: the one built into the binary, or a file the author names.
enum DialogueSource {
    /// The default dialogue's path inside the package, and its name in messages.
    static let defaultPath = "Dialogues/signpost.yaml"

    case builtIn
    case file(String)

    init(path: String?) {
        self = path.map { .file($0) } ?? .builtIn
    }

    /// For the commands authors use while editing (`graph`, `outline`, `record`): the named file, else
    /// `Dialogues/signpost.yaml` on disk when there is one here, so they show what the author edited
    /// rather than the copy built into the binary; else the built-in one.
    static func forAuthoring(path: String?) -> DialogueSource {
        if let path { return .file(path) }
        return isFile(defaultPath) ? .file(defaultPath) : .builtIn
    }

    /// One line for stderr when the built-in dialogue is run inside a checkout whose `Dialogues/`
    /// differs from it (edited since the binary was built), or `nil`.
    static func builtInDiffersNote() -> String? {
        guard isFile(defaultPath) else { return nil }
        let differs = EmbeddedDialogues.files.contains { path, text in
            guard case .success(let source) = SourceReader().read(path: path) else { return true }
            return source.bytes != Array(text.utf8)
        }
        guard differs else { return nil }
        return "Note: this is the dialogue built into signpost, which differs from Dialogues/ here; "
            + "to run the edited files, add --dialogue \(defaultPath) (or rebuild).\n"
    }

    /// The dialogue's path on disk: for the built-in one, where it lives in the package.
    var path: String {
        switch self {
        case .builtIn: Self.defaultPath
        case .file(let path): path
        }
    }

    package func load() -> LoadOutcome {
        switch self {
        case .builtIn:
            DialogueLoader(files: InMemoryFiles(EmbeddedDialogues.files)).load(Self.defaultPath)
        case .file(let path):
            DialogueLoader(files: DiskFiles()).load(path)
        }
    }

    /// Loads the dialogue, or prints why it cannot be loaded and returns `nil`.
    func loadOrReport(to console: Console) -> Dialogue? {
        let result = load()
        guard let dialogue = result.dialogue else {
            console.report(result.diagnostics, sources: result.sources)
            let count = result.diagnostics.count
            console.writeError(
                "\(count) error\(count == 1 ? "" : "s"): the dialogue cannot be used until \(count == 1 ? "it is" : "they are") fixed.\n"
            )
            return nil
        }
        return dialogue
    }

    /// Loads the dialogue to hold a conversation with, as `run` and `record` do. One from disk is first
    /// checked as `signpost check` checks it, and refused when the check finds an error (a broken
    /// guarantee, an answer a command would swallow, a control character), unless `allowDraft`: then
    /// it runs with a note saying how many errors it has. The built-in dialogue was checked before it
    /// was built in.
    func loadCheckedOrReport(to console: Console, allowDraft: Bool) -> Dialogue? {
        guard case .file = self else { return loadOrReport(to: console) }
        let result = load()
        guard let dialogue = result.dialogue else { return loadOrReport(to: console) }
        let errors = DialogueChecker(dialogue: dialogue, today: .today, sources: result.sources).findings()
            .map(\.diagnostic).filter { $0.severity == .error }
        guard !errors.isEmpty else { return dialogue }
        let count = errors.count == 1 ? "1 error" : "\(errors.count) errors"
        if allowDraft {
            console.writeError("Note: running a draft with \(count) that 'signpost check' reports.\n")
            return dialogue
        }
        console.report(errors, sources: result.sources)
        console.writeError(
            "\(count) that 'signpost check' reports: the dialogue cannot be used until \(errors.count == 1 ? "it is" : "they are") fixed. "
                + "To try a draft anyway, add --allow-draft.\n")
        return nil
    }

    private static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}
