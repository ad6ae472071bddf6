import ArgumentParser
import DialogueKit

/// `signpost outline`: the dialogue as an indented outline in the terminal.
struct OutlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: "Print the dialogue as an indented outline."
    )

    @Argument(
        help: ArgumentHelp(
            "The dialogue file (if left out: Dialogues/signpost.yaml here, else the built-in one).", valueName: "file"),
        completion: .file(extensions: ["yaml", "yml"]))
    var file: String?

    func run() throws {
        let console = Console.standard
        guard let dialogue = DialogueSource.forAuthoring(path: file).loadOrReport(to: console) else {
            throw ExitCode.failure
        }
        console.write(VisibleText.makeLines(OutlineRenderer().render(dialogue)))
    }
}
