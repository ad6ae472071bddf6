import ArgumentParser
import DialogueKit
import Foundation

/// `signpost test`: replays every transcript and shows, as a diff, any conversation that has changed.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Replay recorded transcripts and phrasings, and show what has changed.",
        discussion: """
            Finds every .transcript and .phrasings file under the given files or folders (Dialogues/ by default). \
            A phrasings file lists what adults type at each question and the answer it must reach; the report \
            counts, per question, the answers understood, confirmed, asked again, and taken wrongly. Any phrasing \
            taken for the wrong answer without saying so, or that missed a sign of danger, fails the run.
            """
    )

    @Argument(
        help: ArgumentHelp("Transcript files, or folders to search.", valueName: "path"),
        completion: .file(extensions: ["transcript"]))
    var paths: [String] = ["Dialogues"]

    @Flag(
        help: """
            Rewrite failing transcripts with what Signpost says now, keeping their inputs and comments. \
            A transcript whose conversation now goes elsewhere (an answer not understood, another question, \
            end or plan, or an unmet '# expect-' line) is left alone unless --force is given.
            """)
    var update = false

    @Flag(help: "With --update, rewrite derailed transcripts too.")
    var force = false

    @Flag(help: "Report which nodes, choices, plan items and ends the transcripts reach.")
    var coverage = false

    func validate() throws {
        if force, !update { throw ValidationError("--force only makes sense with --update") }
    }

    func run() throws {
        let console = Console.standard
        var suite = TranscriptSuite(console: console)
        let files = try suite.findTranscripts(in: paths)
        var phrasings = PhrasingSuite(console: console)
        let phrasingFiles = try phrasings.findPhrasings(in: paths)
        if files.isEmpty, phrasingFiles.isEmpty {
            console.writeError(
                "No transcripts (.transcript files) or phrasings (.phrasings files) found in \(paths.map { VisibleText.make($0) }.joined(separator: ", ")).\n"
            )
            throw ExitCode.failure
        }
        let outcome =
            files.isEmpty
            ? TranscriptSuite.Outcome() : suite.run(files, update: update ? (force ? .force : .safe) : .none)
        if !files.isEmpty, !phrasingFiles.isEmpty { console.write("\n") }
        let phrasingsPassed = phrasings.run(phrasingFiles)
        if coverage { console.write(VisibleText.makeLines(suite.coverageText())) }
        if update {
            let count = outcome.updated.count
            var line = "Updated \(count) transcript\(count == 1 ? "" : "s")"
            if !outcome.refused.isEmpty { line += "; \(outcome.refused.count) not updated" }
            console.write(line + ".\n")
        }
        if outcome.failed > outcome.updated.count || !phrasingsPassed { throw ExitCode.failure }
    }
}
