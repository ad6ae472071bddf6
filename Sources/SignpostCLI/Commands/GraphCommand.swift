import ArgumentParser
import DialogueKit

extension GraphFormat: ExpressibleByArgument {}

/// `signpost graph`: the dialogue as a picture's source text, in any of `GraphFormat`'s formats.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Print the dialogue as a graph to draw: " + GraphFormat.allCases.map(\.rawValue).joined(separator: " or ") + ".",
        discussion: "For a picture: signpost graph --format dot | dot -Tsvg > dialogue.svg"
    )

    @Argument(
        help: ArgumentHelp("The dialogue file (the built-in one if left out).", valueName: "file"),
        completion: .file(extensions: ["yaml", "yml"]))
    var file: String?

    @Option(
        help: ArgumentHelp(
            "The format: " + GraphFormat.allCases.map { "\($0.rawValue) (\($0.summary))" }.joined(separator: ", ") + "."))
    var format: GraphFormat = .dot

    func run() throws {
        let console = Console.standard
        guard let dialogue = DialogueSource(path: file).loadOrReport(to: console) else { throw ExitCode.failure }
        console.write(VisibleText.makeLines(format.renderer.render(dialogue)))
    }
}
