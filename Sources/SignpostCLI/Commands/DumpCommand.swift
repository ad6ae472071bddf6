import ArgumentParser
import DialogueKit

/// `signpost dump FILE`: prints what the parser read, as JSON, so an author sees exactly what a file means.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print what a dialogue file means, as JSON (every value as text)."
    )

    @Argument(help: "The YAML-like file to read.", completion: .file(extensions: ["yaml", "yml"]))
    var file: String

    func run() throws {
        let console = Console.standard
        let source: SourceFile
        switch SourceReader().read(path: file) {
        case .success(let read): source = read
        case .failure(let refusal):
            console.report([Diagnostic(refusal, file: file, range: nil)], sources: [])
            throw ExitCode.failure
        }
        switch YAMLParser().parse(source) {
        case .success(let document):
            // Streamed in pieces of 64 KB: a 20 MB file's JSON is never held whole.
            var output = ChunkedOutput(console: console)
            JSONRendering.write(document, to: &output)
            output.flush()
        case .failure(let error):
            console.report(error.diagnostics(file: source.name), sources: [source])
            throw ExitCode.failure
        }
    }
}
