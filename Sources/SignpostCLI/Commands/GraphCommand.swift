import ArgumentParser
import DialogueKit

extension GraphFormat: ExpressibleByArgument {}

/// `signpost graph`: the dialogue as a picture's source text, in any of `GraphFormat`'s formats.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Print the dialogue as a graph to draw: "
            + GraphFormat.allCases.map(\.rawValue).joined(separator: " or ") + ".",
        discussion:
            "To redraw the README's picture: swift run signpost graph --format dot | dot -Tsvg > docs/dialogue.svg"
    )

    @Argument(
        help: ArgumentHelp(
            "The dialogue file (if left out: Dialogues/signpost.yaml here, else the built-in one).", valueName: "file"),
        completion: .file(extensions: ["yaml", "yml"]))
    var file: String?

    @Option(
        help: ArgumentHelp(
            "The format: " + GraphFormat.allCases.map { "\($0.rawValue) (\($0.summary))" }.joined(separator: ", ") + "."
        ))
    var format: GraphFormat = .dot

    func run() throws {
        let console = Console.standard
        guard let dialogue = DialogueSource.forAuthoring(path: file).loadOrReport(to: console) else {
            throw ExitCode.failure
        }
        console.write(VisibleText.makeLines(format.renderer.render(dialogue)))
    }
}
