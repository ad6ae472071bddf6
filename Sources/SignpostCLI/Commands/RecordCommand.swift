import ArgumentParser
import DialogueKit
import Foundation

/// `signpost record FILE`: an ordinary conversation, saved as a transcript when it ends.
struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Hold a conversation and save it as a transcript when it ends.",
        discussion: """
            Web addresses and other text typed at a collection question are replaced by stand-ins such as \
            https://example.org/1, unless --keep-text is given. The file is readable by its owner only. \
            Nothing else is written.
            """
    )

    @Argument(
        help: ArgumentHelp("The transcript file to create.", valueName: "file"),
        completion: .file(extensions: ["transcript"]))
    var file: String

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The dialogue file (if left out: Dialogues/signpost.yaml here, else the built-in one).", valueName: "file"),
        completion: .file(extensions: ["yaml", "yml"]))
    package var dialogue: String?

    @Flag(help: "Keep the text typed at collection questions instead of replacing it.")
    var keepText = false

    @Flag(name: .long, help: "Overwrite the file if it exists.")
    var force = false

    @Flag(
        name: .long,
        help: "Record with a dialogue file even when 'signpost check' finds errors in it (for authors trying a draft).")
    var allowDraft = false

    func run() throws {
        let console = Console.standard
        if FileManager.default.fileExists(atPath: file), !force {
            console.report([Diagnostic(RecordingProblem.fileExists, file: file, range: nil)], sources: [])
            throw ExitCode.failure
        }
        if let problem = RecordingPlace.problem(with: file) {
            console.report([Diagnostic(problem, file: file, range: nil)], sources: [])
            throw ExitCode.failure
        }
        // Re-recording over a transcript keeps what it says it proves (its description and `# expect-`
        // lines), so a re-record that took a wrong turn fails instead of passing for want of them.
        let carried = force ? Self.leadingComments(of: file) : []
        let source = DialogueSource.forAuthoring(path: dialogue)
        guard let loaded = source.loadCheckedOrReport(to: console, allowDraft: allowDraft) else {
            throw ExitCode.failure
        }
        console.writeError("Recording to \(VisibleText.make(file)). The conversation is saved there when it ends.\n")

        var inputs: [String] = []
        var session = Terminal.session(for: ConversationEngine(dialogue: loaded), console: console)
        session.onTurn = { line, _ in
            if let line { inputs.append(line) }
        }
        session.run()

        let kept = keepText ? inputs : PrivateText.replacingFreeText(in: inputs, dialogue: loaded)
        let dialoguePath = RelativePath.from(directory: Path.directory(of: file), to: source.path)
        let transcript = TranscriptReplay.record(
            inputs: kept,
            comments: carried.isEmpty
                ? [" Recorded with signpost record.", " dialogue: \(dialoguePath)"]
                : carried + [" dialogue: \(dialoguePath)"],
            dialogue: loaded)
        let contents = transcript.rendered()
        let saved = try save(contents, console: console)
        var note = "Saved this conversation to \(VisibleText.make(saved)), readable only by you."
        if kept != inputs {
            note += " Text typed at the web address question was replaced by stand-ins; use --keep-text to keep it."
        }
        console.writeError(note + "\n")
        try refuseUnmetExpectations(of: transcript, dialogue: loaded, console: console)
    }

    /// Writes the transcript to `file` (replacing it with --force), or beside it when something made the
    /// file while the conversation went on; says where it went.
    private func save(_ contents: String, console: Console) throws -> String {
        switch force ? PrivateFile.replace(file, contents: contents) : PrivateFile.create(file, contents: contents) {
        case .success: return file
        case .failure(.exists):
            // Someone made the file while the conversation went on: keep it, and the conversation too.
            guard let other = Self.saveBeside(file, contents: contents) else {
                // Nowhere to keep it on disk: it goes to standard output, as for any other failed write.
                console.report([Diagnostic(RecordingProblem.takenMeanwhile, file: file, range: nil)], sources: [])
                console.write(contents)
                throw ExitCode.failure
            }
            console.writeError(
                "\(VisibleText.make(file)) was created by something else during the conversation; it is left as it was.\n"
            )
            return other
        case .failure(let failure):
            console.report([Diagnostic(RecordingProblem.notWritten(failure), file: file, range: nil)], sources: [])
            console.write(contents)
            throw ExitCode.failure
        }
    }

    /// A re-recording that does not meet the expectations it carried over fails, saying which.
    private func refuseUnmetExpectations(of transcript: Transcript, dialogue: Dialogue, console: Console) throws {
        let unmet = TranscriptReplay.replay(transcript, dialogue: dialogue).unmet
        guard !unmet.isEmpty else { return }
        console.writeError(
            "The expectations of the transcript it replaces are kept, and this conversation does not meet "
                + (unmet.count == 1 ? "one of them" : "\(unmet.count) of them") + ":\n"
                + unmet.map { "  " + VisibleText.make(ReplayChangeWording.line(.expectationUnmet($0))) + "\n" }.joined()
                + "Record it again with the answers it is about, or edit its '# expect-' lines if they are wrong.\n")
        throw ExitCode.failure
    }

    /// The comments at the top of the transcript at `path` (its description and `# expect-` lines), but
    /// for the lines `record` writes itself; none when it cannot be read.
    static func leadingComments(of path: String) -> [String] {
        guard case .success(let source) = DiskFiles().read(path) else { return [] }
        let transcript = Transcript.parse(String(decoding: source.bytes, as: UTF8.self))
        var comments: [String] = []
        for line in transcript.lines {
            guard case .comment(let text) = line else { break }
            let trimmed = text.drop { $0 == " " }
            if trimmed.hasPrefix("dialogue:") || trimmed.hasPrefix("width:")
                || trimmed == "Recorded with signpost record."
            {
                continue
            }
            comments.append(text)
        }
        return comments
    }

    /// Saves under the first free name `NAME-2.transcript`, `NAME-3.transcript`... beside `file`.
    static func saveBeside(_ file: String, contents: String) -> String? {
        let stem = file.hasSuffix(".transcript") ? String(file.dropLast(".transcript".count)) : file
        for number in 2...99 {
            let candidate = "\(stem)-\(number).transcript"
            switch PrivateFile.create(candidate, contents: contents) {
            case .success: return candidate
            case .failure(.exists): continue
            case .failure: return nil
            }
        }
        return nil
    }
}
