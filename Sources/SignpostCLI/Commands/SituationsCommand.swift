import ArgumentParser
import DialogueKit

extension SituationRenderer.Format: ExpressibleByArgument {}

/// `signpost situations`: every situation the dialogue can end in, with its plan, for a reviewer.
struct SituationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "situations",
        abstract: "List every situation the dialogue can end in: the answers that lead there, the ending and the plan.",
        discussion: "Found by the same search over every path that proves the guarantees. Situations with the same plan are grouped. For a printable page to annotate: signpost situations --format html > situations.html"
    )

    @Argument(
        help: ArgumentHelp("The dialogue file (if left out: Dialogues/signpost.yaml here, else the built-in one).", valueName: "file"),
        completion: .file(extensions: ["yaml", "yml"]))
    var file: String?

    @Option(help: ArgumentHelp("The format: text, markdown or html (a printable page with room for notes)."))
    var format: SituationRenderer.Format = .text

    func run() throws {
        let console = Console.standard
        guard let dialogue = DialogueSource.forAuthoring(path: file).loadOrReport(to: console) else { throw ExitCode.failure }
        let list = SituationList(dialogue)
        if let refusal = list.refusal {
            console.writeError(SituationRenderer.refusalMessage(refusal) + "\n")
            throw ExitCode.failure
        }
        console.write(VisibleText.makeLines(SituationRenderer().render(list, as: format)))
    }
}
