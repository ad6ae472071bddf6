import ArgumentParser
import DialogueKit
import Foundation

extension SituationRenderer.Format: ExpressibleByArgument {}

/// `signpost situations`: every situation the dialogue can end in, with its plan, for a reviewer.
struct SituationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "situations",
        abstract: "List every situation the dialogue can end in: the answers that lead there, the ending and the plan.",
        discussion:
            "Found by the same search over every path that proves the guarantees. Situations with the same plan are grouped. For a printable page to annotate: signpost situations --format html > situations.html"
    )

    @Argument(
        help: ArgumentHelp(
            "The dialogue file (if left out: Dialogues/signpost.yaml here, else the built-in one).", valueName: "file"),
        completion: .file(extensions: ["yaml", "yml"]))
    var file: String?

    @Option(help: ArgumentHelp("The format: text, markdown or html (a printable page with room for notes)."))
    var format: SituationRenderer.Format = .text

    @Option(
        help: ArgumentHelp(
            "Write one transcript into this folder for each situation no transcript there covers yet, instead of listing them.",
            valueName: "folder"))
    var writeTranscripts: String?

    func run() throws {
        let console = Console.standard
        guard let dialogue = DialogueSource.forAuthoring(path: file).loadOrReport(to: console) else {
            throw ExitCode.failure
        }
        let list = SituationList(dialogue)
        if let refusal = list.refusal {
            console.writeError(SituationRenderer.refusalMessage(refusal) + "\n")
            throw ExitCode.failure
        }
        if let folder = writeTranscripts {
            let source = DialogueSource.forAuthoring(path: file)
            try write(list, into: folder, dialogue: dialogue, dialoguePath: source.path, console: console)
            return
        }
        console.write(VisibleText.makeLines(SituationRenderer().render(list, as: format)))
    }

    /// Writes a transcript for each situation whose end and plan no transcript in `folder` reaches.
    private func write(
        _ list: SituationList, into folder: String, dialogue: Dialogue, dialoguePath: String, console: Console
    ) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            console.writeError("Error: \(VisibleText.make(folder)) is not a folder; make it first.\n")
            throw ExitCode.failure
        }
        var covered: Set<SituationTranscripts.Outcome> = []
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names.sorted() where name.hasSuffix(".transcript") {
            guard case .success(let source) = SourceReader().read(path: folder + "/" + name) else { continue }
            let transcript = Transcript.parse(String(decoding: source.bytes, as: UTF8.self))
            if let outcome = SituationTranscripts.outcome(
                of: TranscriptReplay.replay(transcript, dialogue: dialogue).events)
            {
                covered.insert(outcome)
            }
        }
        let relative = RelativePath.from(directory: folder, to: dialoguePath)
        var written = 0
        var failed = 0
        for (index, situation) in list.situations.enumerated()
        where !covered.contains(SituationTranscripts.outcome(of: situation)) {
            let number = index + 1
            let name =
                "situation-" + String(repeating: "0", count: max(0, 4 - String(number).count)) + String(number)
                + ".transcript"
            let transcript = SituationTranscripts.transcript(
                for: situation, number: number, dialoguePath: relative, dialogue: dialogue)
            switch PrivateFile.create(folder + "/" + name, contents: transcript.rendered()) {
            case .success: written += 1
            case .failure(let failure):
                failed += 1
                console.writeError("Could not write \(VisibleText.make(name)): \(failure.message)\n")
            }
        }
        let already = list.situations.count - written - failed
        console.write(
            "Wrote \(written) transcript\(written == 1 ? "" : "s") to \(VisibleText.make(folder)); \(already) of \(list.situations.count) situations were covered already.\n"
        )
        if failed > 0 { throw ExitCode.failure }
    }
}
