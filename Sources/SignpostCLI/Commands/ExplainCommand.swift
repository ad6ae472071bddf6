import ArgumentParser
import DialogueKit

/// `signpost explain CODE`: the longer explanation of a diagnostic code, with a wrong and a right
/// example, as rustc's `--explain` gives. With no code, the list of codes.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a diagnostic code (such as SP224), with a wrong and a right example.",
        discussion: "With no code, lists every code. Every code is also in docs/diagnostics.md."
    )

    @Argument(help: ArgumentHelp("The code, as shown at the end of a message.", valueName: "code"))
    var code: String?

    @Flag(help: "Print docs/diagnostics.md, every code in Markdown.")
    var markdown = false

    @Flag(help: "Print the dialogue that the transcript examples run against.")
    var exampleDialogue = false

    func validate() throws {
        if let code, DiagnosticCode(typed: code) == nil {
            let typed = VisibleText.make(code)
            let guess = EditDistance.suggestion(for: code.uppercased(), among: DiagnosticCode.allCases.map(\.rawValue))
            throw ValidationError(
                "there is no code '\(typed)'" + (guess.map { "; did you mean '\($0)'?" } ?? "")
                    + " Run 'signpost explain' for the list.")
        }
    }

    func run() throws {
        let console = Console.standard
        if markdown {
            console.write(DiagnosticsDocument.render())
        } else if exampleDialogue {
            console.write(DiagnosticExplanation.exampleDialogue)
        } else if let code, let known = DiagnosticCode(typed: code) {
            console.write(ExplanationText.render(known))
        } else {
            console.write(ExplanationText.list())
        }
    }
}
