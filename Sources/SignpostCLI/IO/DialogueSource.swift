import DialogueKit

/// Which dialogue to run: the one built into the binary, or a file the author names.
enum DialogueSource {
    /// The default dialogue's path inside the package, and its name in messages.
    static let defaultPath = "Dialogues/signpost.yaml"

    case builtIn
    case file(String)

    init(path: String?) {
        self = path.map { .file($0) } ?? .builtIn
    }

    /// The dialogue's path on disk: for the built-in one, where it lives in the package.
    var path: String {
        switch self {
        case .builtIn: Self.defaultPath
        case .file(let path): path
        }
    }

    func load() -> LoadOutcome {
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
            console.writeError("\(count) error\(count == 1 ? "" : "s"): the dialogue cannot be used until \(count == 1 ? "it is" : "they are") fixed.\n")
            return nil
        }
        return dialogue
    }
}
