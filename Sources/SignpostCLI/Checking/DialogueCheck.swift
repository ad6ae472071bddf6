import DialogueKit
import Foundation

/// The file side of `signpost check`: finds the dialogue files and hands them to a workspace, which
/// loads each main dialogue once; then gathers the loader's, the checker's and the workspace's findings.
enum DialogueCheck {
    struct Outcome {
        var diagnostics: [Diagnostic] = []
        var sources: [SourceFile] = []
        var dialogues: [String] = []
        /// Said before the summary: which dialogue a part named on its own was checked with.
        var notes: [String] = []

        var summary: String {
            let errors = diagnostics.filter { $0.severity == .error }.count
            let warnings = diagnostics.filter { $0.severity == .warning }.count
            let checked = "\(dialogues.count) dialogue\(dialogues.count == 1 ? "" : "s")"
            if errors == 0, warnings == 0 { return "No problems found in \(checked)." }
            return
                "\(errors) error\(errors == 1 ? "" : "s") and \(warnings) warning\(warnings == 1 ? "" : "s") in \(checked)."
        }
    }

    static func run(paths: [String], today: CalendarDate, console: Console) throws -> Outcome {
        let candidates = try FileSearch.files(in: paths, endingIn: [".yaml", ".yml"], console: console)
        var workspace = DialogueWorkspace(candidates: candidates, files: DiskFiles())
        var outcome = Outcome()
        var mains = workspace.mainDialogues
        var unused = workspace.unusedParts
        // A part named without the dialogue that includes it (`check Dialogues/school.yaml`) is checked
        // with that dialogue, looked for among the files of the part's folder.
        if !unused.isEmpty {
            let folders = Array(Set(unused.map { Path.directory(of: $0).isEmpty ? "." : Path.directory(of: $0) }))
                .sorted()
            let neighbours = try FileSearch.files(in: folders, endingIn: [".yaml", ".yml"], console: console)
                .map { $0.hasPrefix("./") ? String($0.dropFirst(2)) : $0 }
            let named = Set(candidates.map(Path.normalized))
            let wider = DialogueWorkspace(
                candidates: candidates + neighbours.filter { !named.contains(Path.normalized($0)) }, files: DiskFiles())
            for part in unused {
                let includers = wider.includers(of: part)
                guard !includers.isEmpty else { continue }
                outcome.notes.append(
                    "\(part) is included by \(includers.joined(separator: ", ")), and was checked as part of it.")
                mains += includers.filter { !mains.contains($0) }
                unused.removeAll { $0 == part }
            }
            if unused.count < workspace.unusedParts.count { workspace = wider }
        }
        for (path, loaded) in workspace.outcomes where mains.contains(path) {
            outcome.dialogues.append(path)
            outcome.diagnostics += loaded.diagnostics
            if let dialogue = loaded.dialogue {
                outcome.diagnostics += DialogueChecker(dialogue: dialogue, today: today, sources: loaded.sources)
                    .findings().map(\.diagnostic)
            }
        }
        outcome.diagnostics += unused.map { WorkspaceFinding.unusedPart($0).diagnostic }
        // Two dialogues that include the same broken part each report its error; say it once.
        var seen: Set<Diagnostic> = []
        outcome.diagnostics = outcome.diagnostics.filter { seen.insert($0).inserted }
        outcome.sources = workspace.sources
        return outcome
    }
}

extension CalendarDate {
    /// Today's date where the program runs.
    static var today: CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}
