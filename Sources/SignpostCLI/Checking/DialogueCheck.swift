import DialogueKit
import Foundation

/// The file side of `signpost check`: finds the dialogue files, loads each main dialogue (with the files
/// it includes), and gathers the loader's and the checker's findings.
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
        var outcome = Outcome()
        let candidates = try FileSearch.files(in: paths, endingIn: [".yaml", ".yml"], console: console)
        let mains = candidates.filter(isMainDialogue)
        var included: Set<String> = []
        for path in mains {
            let loaded = DialogueLoader(files: DiskFiles()).load(path)
            outcome.dialogues.append(path)
            outcome.sources += loaded.sources
            included.formUnion(loaded.sources.map { Path.normalized($0.name) })
            outcome.diagnostics += loaded.diagnostics
            if let dialogue = loaded.dialogue {
                outcome.diagnostics += DialogueChecker(dialogue: dialogue, today: today).findings().map(\.diagnostic)
            }
        }
        for path in candidates where !mains.contains(path) && !included.contains(Path.normalized(path)) {
            outcome.diagnostics.append(
                Diagnostic(.warning, "no dialogue includes this file, and it has no 'start' of its own, so it is never used", file: path, range: nil))
        }
        return outcome
    }

    /// A file with `start:` or `title:` at the top level is a dialogue; others are parts it includes.
    /// A file that does not parse counts as a dialogue, so its error is reported.
    private static func isMainDialogue(_ path: String) -> Bool {
        guard case .success(let file) = SourceReader().read(path: path) else { return true }
        guard case .success(let document) = YAMLParser().parse(file) else { return true }
        guard let entries = document.root?.mapping else { return true }
        return entries.contains { $0.key == "start" || $0.key == "title" }
    }
}

extension CalendarDate {
    /// Today's date where the program runs.
    static var today: CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}
