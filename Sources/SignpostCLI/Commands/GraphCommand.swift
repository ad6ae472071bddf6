import ArgumentParser
import DialogueKit

extension DialogueGraph.Format: ExpressibleByArgument {}

/// `signpost graph`: the dialogue as Graphviz DOT or Mermaid, to render as a picture.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Print the dialogue as a Graphviz DOT or Mermaid graph.",
        discussion: "For a picture: signpost graph --format dot | dot -Tsvg > dialogue.svg"
    )

    @Argument(help: ArgumentHelp("The dialogue file (the built-in one if left out).", valueName: "file"))
    var file: String?

    @Option(help: "dot or mermaid.")
    var format: DialogueGraph.Format = .dot

    func run() throws {
        let console = Console.standard
        guard let dialogue = DialogueSource(path: file).loadOrReport(to: console) else { throw ExitCode.failure }
        console.write(VisibleText.makeLines(DialogueGraph.render(dialogue, as: format)))
    }
}

/// `signpost outline`: the dialogue as an indented outline in the terminal.
struct OutlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: "Print the dialogue as an indented outline."
    )

    @Argument(help: ArgumentHelp("The dialogue file (the built-in one if left out).", valueName: "file"))
    var file: String?

    func run() throws {
        let console = Console.standard
        guard let dialogue = DialogueSource(path: file).loadOrReport(to: console) else { throw ExitCode.failure }
        console.write(VisibleText.makeLines(DialogueOutline.render(dialogue)))
    }
}
