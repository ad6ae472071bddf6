import DialogueKit
import Yams

/// What is measured, each on the same bytes: Signpost's steps and Yams's two ways of reading YAML.
package enum Workload: String, CaseIterable, Sendable {
    /// `YAMLParser.parse`: bytes to a tree of nodes.
    case parse
    /// `DialogueLoader.load`: parse, then read every key into the dialogue model.
    case parseLoad = "parse+load"
    /// Load, then every finding of `signpost check`.
    case check = "parse+load+check"
    /// Parse, then the JSON that `signpost dump` prints.
    case dump
    /// `Yams.load(yaml:)`: YAML to Swift dictionaries, arrays and resolved scalars.
    case yamsLoad = "yams.load"
    /// `Yams.compose(yaml:)`: YAML to Yams's node tree.
    case yamsCompose = "yams.compose"
    /// Counting line feeds in the bytes: how fast the machine reads memory, as a ceiling.
    case byteScan = "bytescan"
    /// Parsing a transcript and replaying it through the engine (its input is a transcript, not a dialogue).
    case replay
    /// What `signpost test` does with one transcript, in process: read it, replay it, and make the diff
    /// it prints (the input is a transcript whose every output line changed).
    case test
}

/// A dialogue held in memory, ready for every workload.
package struct DialogueInput: @unchecked Sendable {
    package var name: String
    package var bytes: [UInt8]
    /// The same bytes as a String, made up front so that Yams is not charged for the conversion.
    package var text: String

    package init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
        self.text = String(decoding: bytes, as: UTF8.self)
    }
}

/// A stream that only counts what is written to it.
struct CountingOutput: TextOutputStream {
    var bytes = 0

    mutating func write(_ text: String) {
        bytes += text.utf8.count
    }
}

/// The dialogue file as the loader asks for it, from memory.
struct OneFile: DialogueFileSystem {
    let source: SourceFile

    func read(_ path: String) -> Result<SourceFile, FileRefusal> {
        path == source.name ? .success(source) : .failure(.notFound)
    }
}

/// Runs one workload once. Each returns a small number that depends on the whole result, so that the
/// optimiser cannot drop the work, and that a caller can check.
package enum Workloads {
    package static func run(_ workload: Workload, on input: DialogueInput) -> Int {
        switch workload {
        case .parse:
            switch YAMLParser().parse(SourceFile(name: input.name, bytes: input.bytes)) {
            case .success(let document): return document.root?.mapping?.count ?? 0
            case .failure: return -1
            }
        case .parseLoad:
            return load(input)?.nodes.count ?? -1
        case .check:
            guard let dialogue = load(input) else { return -1 }
            return DialogueChecker(dialogue: dialogue, today: CalendarDate(year: 2026, month: 11, day: 25)).findings()
                .count
        case .dump:
            switch YAMLParser().parse(SourceFile(name: input.name, bytes: input.bytes)) {
            case .success(let document):
                // As `signpost dump` does: the JSON streamed out in pieces, here counted and dropped.
                var output = CountingOutput()
                JSONRendering.write(document, to: &output)
                return output.bytes
            case .failure: return -1
            }
        case .yamsLoad:
            let value = try? Yams.load(yaml: input.text)
            return (value as? [String: Any])?.count ?? -1
        case .yamsCompose:
            let node = try? Yams.compose(yaml: input.text)
            return node?.mapping?.count ?? -1
        case .byteScan:
            return input.bytes.withUnsafeBufferPointer { buffer in
                var lines = 0
                for byte in buffer where byte == 10 { lines += 1 }
                return lines
            }
        case .replay, .test:
            return -1
        }
    }

    /// Loads a dialogue, or nil when it has errors (a generated dialogue never should).
    package static func load(_ input: DialogueInput) -> Dialogue? {
        let source = SourceFile(name: input.name, bytes: input.bytes)
        return DialogueLoader(files: OneFile(source: source)).load(input.name).dialogue
    }

    /// Parses a transcript's text and replays it; returns how many turns (inputs) it had, or -1 when the
    /// replay diverged (a generated transcript never should).
    package static func replay(transcript text: String, dialogue: Dialogue) -> Int {
        let transcript = Transcript.parse(text)
        let result = TranscriptReplay.replay(transcript, dialogue: dialogue)
        return result.passed ? transcript.inputs.count : -1
    }

    /// `signpost test` on one transcript, in process: parse, replay, and the diff it prints; returns the
    /// diff's length.
    package static func test(transcript text: String, dialogue: Dialogue) -> Int {
        TranscriptReplay.replay(Transcript.parse(text), dialogue: dialogue).diff(name: "changed.transcript").utf8.count
    }

    /// Records the transcript a list of answers makes: the input for `replay`.
    package static func recordTranscript(answers: [String], dialogue: Dialogue, dialogueFile: String) -> String {
        TranscriptReplay.record(
            inputs: answers, comments: [" A generated transcript for benchmarks.", " dialogue: \(dialogueFile)"],
            dialogue: dialogue
        ).rendered()
    }
}
