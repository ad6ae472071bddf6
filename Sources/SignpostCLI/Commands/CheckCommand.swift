import ArgumentParser
import DialogueKit
import Foundation

/// `signpost check`: every finding about the dialogues, errors and warnings, before anyone relies on them.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check dialogues for mistakes and prove their safety guarantees.",
        discussion: "Checks every dialogue under the given files or folders (Dialogues/ by default). Exit status 1 when there is an error."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(
        help: ArgumentHelp("Dialogue files, or folders to search.", valueName: "path"),
        completion: .file(extensions: ["yaml", "yml"]))
    var paths: [String] = ["Dialogues"]

    @Option(help: "How to print the findings: text or json.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Judge the 'reviewed' date as of this day (YYYY-MM-DD) instead of today.", valueName: "date"))
    var today: String?

    func validate() throws {
        if let today, CalendarDate(today) == nil {
            throw ValidationError("--today takes a date written YYYY-MM-DD, such as 2026-11-25")
        }
    }

    func run() throws {
        let console = Console.standard
        let date = today.flatMap(CalendarDate.init) ?? CalendarDate.today
        let outcome = try DialogueCheck.run(paths: paths, today: date, console: console)
        let diagnostics = outcome.diagnostics
        switch format {
        case .json:
            console.write(DiagnosticJSON.render(diagnostics))
        case .text:
            console.write(Console.rendered(diagnostics, sources: outcome.sources, color: console.colorOnStandardOutput))
            console.write(outcome.summary + "\n")
        }
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode.failure }
    }
}
