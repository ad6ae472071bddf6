import ArgumentParser
import DialogueKit
import Foundation

/// `signpost test`: replays every transcript and shows, as a diff, any conversation that has changed.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Replay recorded transcripts and show what has changed.",
        discussion: "Finds every .transcript file under the given files or folders (Dialogues/ by default)."
    )

    @Argument(
        help: ArgumentHelp("Transcript files, or folders to search.", valueName: "path"),
        completion: .file(extensions: ["transcript"]))
    var paths: [String] = ["Dialogues"]

    @Flag(help: "Rewrite failing transcripts with what Signpost says now, keeping their inputs and comments.")
    var update = false

    @Flag(help: "Report which nodes, choices, plan items and ends the transcripts reach.")
    var coverage = false

    func run() throws {
        let console = Console.standard
        var suite = TranscriptSuite(console: console)
        let files = try suite.findTranscripts(in: paths)
        if files.isEmpty {
            console.writeError("No transcripts (.transcript files) found in \(paths.joined(separator: ", ")).\n")
            throw ExitCode.failure
        }
        let outcome = suite.run(files, update: update)
        if coverage { console.write(VisibleText.makeLines(suite.coverageText())) }
        console.write("\(outcome.passed) passed, \(outcome.failed) failed\n")
        if update { console.write("Updated \(outcome.updated.count) transcript\(outcome.updated.count == 1 ? "" : "s").\n") }
        if outcome.failed > outcome.updated.count { throw ExitCode.failure }
    }
}
