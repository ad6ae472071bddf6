import DialogueKit
import Foundation

/// The file side of `signpost test` for `.phrasings` files: reads each, has the core judge every
/// phrasing, and prints a table per question (right, confirmed, asked again, advice shown, wrong but
/// confirmed, wrong silently, danger missed) followed by every confusion. Fails on any phrasing taken
/// for the wrong answer silently, or that missed danger.
struct PhrasingSuite {
    let console: Console
    private var workspace = DialogueWorkspace(files: DiskFiles())

    init(console: Console) {
        self.console = console
    }

    /// Every `.phrasings` file under the paths, each once.
    func findPhrasings(in paths: [String]) throws -> [String] {
        try FileSearch.files(in: paths, endingIn: [".phrasings"], console: console).filter {
            $0.hasSuffix(".phrasings")
        }
    }

    /// Judges every file; whether all passed.
    mutating func run(_ files: [String]) -> Bool {
        var passed = true
        for file in files {
            switch SourceReader(limit: PhrasingSet.maximumSize, role: .phrasings).read(path: file) {
            case .failure(let refusal):
                console.report([Diagnostic(refusal, file: file, range: nil)], sources: [])
                passed = false
            case .success(let source):
                passed = run(source) && passed
            }
        }
        return passed
    }

    private mutating func run(_ source: SourceFile) -> Bool {
        let file = source.name
        let read = PhrasingSet.read(source) { name in
            let path = Path.join(Path.directory(of: file), name)
            if let reason = TranscriptSuite.refusal(ofDialogue: name, at: path, for: file) {
                return .failure(.refused(reason))
            }
            let outcome = workspace.outcome(for: path)
            guard let dialogue = outcome.dialogue else { return .failure(.doesNotLoad(outcome.diagnostics)) }
            return .success(dialogue)
        }
        switch read {
        case .failure(.diagnostics(let diagnostics)):
            console.report(diagnostics, sources: [source])
            return false
        case .failure(.dialogue(let name, .refused(let reason))):
            console.write(
                "FAIL \(VisibleText.make(file)): its dialogue '\(VisibleText.make(name))' cannot be used: \(reason.message) [\(reason.code.rawValue)]\n"
            )
            return false
        case .failure(.dialogue(let name, .doesNotLoad)):
            console.write(
                "FAIL \(VisibleText.make(file)): its dialogue '\(VisibleText.make(name))' does not load; run 'signpost check'\n"
            )
            return false
        case .success(let (set, dialogue)):
            let report = PhrasingReport(set, dialogue: dialogue)
            console.write(VisibleText.makeLines(PhrasingTable.rendered(report, file: file)))
            return !report.fails
        }
    }
}
