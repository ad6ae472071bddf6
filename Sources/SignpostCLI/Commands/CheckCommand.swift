import ArgumentParser
import DialogueKit
import Foundation

/// `signpost check`: every finding about the dialogues, errors and warnings, before anyone relies on them.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check dialogues for mistakes and prove their safety guarantees.",
        discussion:
            "Checks every dialogue under the given files or folders (Dialogues/ by default). Exit status 1 when there is an error."
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

    @Option(
        help: ArgumentHelp("Judge the 'reviewed' date as of this day (YYYY-MM-DD) instead of today.", valueName: "date")
    )
    var today: String?

    @Option(
        help: ArgumentHelp(
            "Also compare the guarantees with this git revision, and fail if one was removed or narrowed.",
            valueName: "revision"))
    var against: String?

    @Flag(help: "With --against: accept guarantees removed or narrowed (the author has read the change and means it).")
    var weakenGuarantees = false

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
            console.write(outcome.notes.map { VisibleText.make($0) + "\n" }.joined() + outcome.summary + "\n")
        }
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode.failure }
        if let against, try !guaranteesKept(since: against, console: console) { throw ExitCode.failure }
    }

    /// Compares the guarantees with those at `revision`: whether none was removed or narrowed, or the
    /// author confirmed it.
    private func guaranteesKept(since revision: String, console: Console) throws -> Bool {
        let path = DialogueVersion.mainFile(paths.first ?? "Dialogues")
        guard let before = DialogueVersion.revision(revision, path: path).load(to: console),
            let after = DialogueVersion.disk(path).load(to: console)
        else { throw ExitCode.failure }
        let changes = GuaranteeChanges(old: before, new: after)
        guard changes.isWeakened else {
            console.write("Guarantees compared with \(VisibleText.make(revision)): none removed or narrowed.\n")
            return true
        }
        let section = ComparisonRenderer().guaranteeSection(changes).joined(separator: "\n")
        if weakenGuarantees {
            console.write(VisibleText.makeLines(section) + "Accepted with --weaken-guarantees.\n")
            return true
        }
        console.writeError(
            VisibleText.makeLines(section)
                + "error: guarantees were removed or narrowed since \(VisibleText.make(revision)). If that is meant, run check again with --weaken-guarantees.\n"
        )
        return false
    }
}
