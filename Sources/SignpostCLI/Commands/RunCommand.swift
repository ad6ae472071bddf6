import ArgumentParser
import DialogueKit
import Foundation

/// `signpost` or `signpost run`: holds a conversation at the prompt.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Start a conversation (the default when no command is given).",
        discussion: """
            On a terminal, answers can be edited, Tab completes them, Ctrl-C clears the line and Ctrl-D \
            ends the conversation with your plan. Piped input is read line by line and the output is plain text. \
            Nothing is written to disk and no network connection is made.
            """
    )

    @Option(
        name: .long, help: ArgumentHelp("A dialogue file to run instead of the built-in one.", valueName: "file"),
        completion: .file(extensions: ["yaml", "yml"]))
    package var dialogue: String?

    @Flag(
        name: .long,
        help: "Run a dialogue file even when 'signpost check' finds errors in it (for authors trying a draft).")
    var allowDraft = false

    func run() throws {
        let console = Console.standard
        guard let loaded = DialogueSource(path: dialogue).loadCheckedOrReport(to: console, allowDraft: allowDraft)
        else { throw ExitCode.failure }
        if dialogue == nil, let note = DialogueSource.builtInDiffersNote() { console.writeError(note) }
        var session = Terminal.session(for: ConversationEngine(dialogue: loaded), console: console)
        session.run()
    }
}
