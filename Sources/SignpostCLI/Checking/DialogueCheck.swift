import DialogueKit
import Foundation

/// The file side of `signpost check`: finds the dialogue files and hands them to a workspace, which
/// loads each main dialogue once; then gathers the loader's, the checker's and the workspace's findings.
enum DialogueCheck {
    struct Outcome {
        var diagnostics: [Diagnostic] = []
        var sources: [SourceFile] = []
        var dialogues: [String] = []

        var summary: String {
            let errors = diagnostics.filter { $0.severity == .error }.count
            let warnings = diagnostics.filter { $0.severity == .warning }.count
            let checked = "\(dialogues.count) dialogue\(dialogues.count == 1 ? "" : "s")"
            if errors == 0, warnings == 0 { return "No problems found in \(checked)." }
            return "\(errors) error\(errors == 1 ? "" : "s") and \(warnings) warning\(warnings == 1 ? "" : "s") in \(checked)."
        }
    }

    static func run(paths: [String], today: CalendarDate, console: Console) throws -> Outcome {
        let candidates = try FileSearch.files(in: paths, endingIn: [".yaml", ".yml"], console: console)
        let workspace = DialogueWorkspace(candidates: candidates, files: DiskFiles())
        var outcome = Outcome()
        for (path, loaded) in workspace.outcomes {
            outcome.dialogues.append(path)
            outcome.diagnostics += loaded.diagnostics
            if let dialogue = loaded.dialogue {
                outcome.diagnostics += DialogueChecker(dialogue: dialogue, today: today, sources: loaded.sources).findings().map(\.diagnostic)
            }
        }
        outcome.diagnostics += workspace.findings.map(\.diagnostic)
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
