/// The dialogue files of a folder seen together: which are main dialogues and which are parts they
/// include, each file parsed once, each dialogue loaded once, and the parts no dialogue uses.
///
/// Pure: the shell says which files there are and supplies their bytes through `DialogueFileSystem`.
package struct DialogueWorkspace: Sendable {
    private let files: any DialogueFileSystem
    /// Every candidate parsed once to tell its role; each load takes the trees it reads out of it.
    private(set) var parsed = ParsedFiles()
    private var loaded: [String: LoadOutcome] = [:]
    /// The main dialogues among the candidates, in the order given.
    package var mainDialogues: [String] = []
    /// Candidates that are neither a main dialogue nor included by one.
    package var unusedParts: [String] = []

    /// A workspace over `candidates`: every file is parsed, and each main dialogue loaded with the files
    /// it includes. A file with `start:` or `title:` at the top is a main dialogue. A file that cannot
    /// be read or parsed is one too, so that its error is reported, unless a main dialogue includes it:
    /// then its error is reported once, as part of that dialogue, and it is not a part "no dialogue uses".
    package init(candidates: [String] = [], files: any DialogueFileSystem) {
        self.files = files
        var unreadable: [String] = []
        for path in candidates {
            switch role(of: path) {
            case .main: mainDialogues.append(path)
            case .unreadable: unreadable.append(path)
            case .part: break
            }
        }
        var included: Set<String> = []
        for path in mainDialogues {
            included.formUnion(outcome(for: path).sources.map { Path.normalized($0.name) })
        }
        let orphans = unreadable.filter { !included.contains(Path.normalized($0)) }
        for path in orphans { _ = outcome(for: path) }
        mainDialogues = candidates.filter { mainDialogues.contains($0) || orphans.contains($0) }
        // A file that does not parse may be the dialogue that includes the others: then no part can
        // be said to be unused, and saying so would only follow from that one error.
        unusedParts =
            orphans.isEmpty
            ? candidates.filter {
                !mainDialogues.contains($0) && !unreadable.contains($0) && !included.contains(Path.normalized($0))
            } : []
    }

    /// The outcome of loading the dialogue at `path`, loaded at most once.
    package mutating func outcome(for path: String) -> LoadOutcome {
        let key = Path.normalized(path)
        if let known = loaded[key] { return known }
        let outcome = DialogueLoader.load(path, files: files, parsed: &parsed)
        loaded[key] = outcome
        return outcome
    }

    /// The loaded main dialogues, in order.
    package var outcomes: [(path: String, outcome: LoadOutcome)] {
        mainDialogues.map {
            ($0, loaded[Path.normalized($0)] ?? LoadOutcome(dialogue: nil, diagnostics: [], sources: []))
        }
    }

    /// Every file read, once each, for quoting lines in diagnostics.
    package var sources: [SourceFile] {
        var seen: Set<String> = []
        return loaded.keys.sorted().flatMap { loaded[$0]?.sources ?? [] }.filter { seen.insert($0.name).inserted }
    }

    /// The main dialogues that read `part`, directly or through another part.
    package func includers(of part: String) -> [String] {
        let key = Path.normalized(part)
        return outcomes.filter { main in
            Path.normalized(main.path) != key && main.outcome.sources.contains { Path.normalized($0.name) == key }
        }.map(\.path)
    }

    /// Warnings about parts no dialogue uses.
    package var findings: [WorkspaceFinding] {
        unusedParts.map(WorkspaceFinding.unusedPart)
    }

    private enum Role {
        case main, part, unreadable
    }

    private mutating func role(of path: String) -> Role {
        guard case .success(let source) = files.read(path) else { return .unreadable }
        guard case .success(let document) = parsed.parse(source) else { return .unreadable }
        guard let entries = document.root?.mapping else { return .unreadable }
        return entries.contains { $0.key == "start" || $0.key == "title" } ? .main : .part
    }
}
