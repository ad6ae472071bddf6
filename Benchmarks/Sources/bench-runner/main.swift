import BenchmarkSupport
import DialogueGenerator
import DialogueKit
import Foundation

// bench-runner generate DIR
//     Writes dialogue-1MB.yaml, dialogue-5MB.yaml, dialogue-20MB.yaml and replay.transcript (with
//     changed.transcript, the same with every output line changed) into DIR.
// bench-runner measure WORKLOAD FILE [REPEATS]
//     Measures one workload in this process and prints one line:
//     WORKLOAD FILE BYTES UNITS SECONDS... PEAK_BYTES
//     SECONDS is one figure per repeat (after one warm-up run); PEAK_BYTES is how far the process's peak
//     resident memory rose above what it held before the first run (file bytes already loaded).
//     UNITS is turns for replay, the diff's length for test, and the workload's check value otherwise.
// bench-runner measure-shipped WORKLOAD REPOSITORY [REPEATS]
//     The same, for one of the shipped dialogue's workloads (shipped.check, shipped.test, ...), with the
//     files read from REPOSITORY's Dialogues folder before timing starts. BYTES is the dialogue's
//     YAML files' total (transcripts and phrasings not counted).
// compare.sh runs these one process at a time, interleaving ours and Yams.

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(
        Data(
            "usage: bench-runner generate DIR | measure WORKLOAD FILE [REPEATS] | measure-shipped WORKLOAD REPOSITORY [REPEATS]\n"
                .utf8))
    exit(2)
}

func readBytes(_ path: String) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
        exit(1)
    }
    return [UInt8](data)
}

func write(_ text: String, to path: String) {
    guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
        FileHandle.standardError.write(Data("cannot write \(path)\n".utf8))
        exit(1)
    }
}

/// A value from /proc/self/status in bytes (Linux), such as VmRSS or VmHWM.
func procStatus(_ key: String) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix(key + ":") {
        let digits = line.split(separator: " ").compactMap { Int($0) }
        return (digits.first ?? 0) * 1024
    }
    return 0
}

/// Resets the peak resident size to the current one (Linux: writing 5 to clear_refs).
func resetPeak() {
    if let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") {
        handle.write(Data("5".utf8))
        try? handle.close()
    }
}

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

/// Runs `run` once to warm up and `repeats` times timed, and prints the line described above.
func measure(_ workload: String, name: String, bytes: Int, repeats: Int, _ run: () -> Int) {
    let before = procStatus("VmRSS")
    resetPeak()
    var units = run()
    var seconds: [String] = []
    for _ in 0..<repeats {
        let start = now()
        units = run()
        seconds.append(String(format: "%.6f", Double(now() - start) / 1e9))
    }
    let peak = max(0, procStatus("VmHWM") - before)
    print("\(workload) \(name) \(bytes) \(units) \(seconds.joined(separator: " ")) \(peak)")
}

switch arguments[1] {
case "generate":
    let directory = arguments[2]
    try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    var replayDialogue: (name: String, output: DialogueGenerator.Output)?
    for megabytes in [1, 5, 20] {
        let output = DialogueGenerator(targetBytes: megabytes * 1_000_000).generate()
        let name = "dialogue-\(megabytes)MB.yaml"
        write(output.text, to: directory + "/" + name)
        print("\(name): \(output.text.utf8.count) bytes, \(output.nodeCount) nodes")
        if megabytes == 5 { replayDialogue = (name, output) }
    }
    if let (name, output) = replayDialogue {
        let input = DialogueInput(name: name, bytes: Array(output.text.utf8))
        let source = SourceFile(name: name, bytes: input.bytes)
        let result = DialogueLoader(files: InMemoryFiles([name: output.text])).load(name)
        guard let dialogue = result.dialogue else {
            let shown = DiagnosticRenderer().render(Array(result.diagnostics.prefix(5))) { _ in source }
            FileHandle.standardError.write(Data("the generated dialogue does not load:\n\(shown)".utf8))
            exit(1)
        }
        let transcript = Workloads.recordTranscript(answers: output.answers, dialogue: dialogue, dialogueFile: name)
        write(transcript, to: directory + "/replay.transcript")
        print("replay.transcript: \(transcript.utf8.count) bytes, \(output.answers.count) turns")
        // Its first megabyte with every output line changed: what `signpost test` meets when all advice changed.
        var changed = ""
        for line in transcript.split(separator: "\n", omittingEmptySubsequences: false) {
            if changed.utf8.count >= 1_000_000 { break }
            changed += line.hasPrefix("#") || line.hasPrefix(">") || line.isEmpty ? line + "\n" : line + " (changed)\n"
        }
        write(changed, to: directory + "/changed-1MB.transcript")
    }

case "measure":
    guard let workload = Workload(rawValue: arguments[2]), arguments.count >= 4 else {
        FileHandle.standardError.write(Data("unknown workload; one of \(Workload.allCases.map(\.rawValue))\n".utf8))
        exit(2)
    }
    let path = arguments[3]
    let repeats = arguments.count >= 5 ? Int(arguments[4]) ?? 3 : 3
    let bytes = readBytes(path)
    let run: () -> Int
    switch workload {
    case .replay, .test:
        // The transcript names its dialogue on its `# dialogue:` line, in the same folder.
        let text = String(decoding: bytes, as: UTF8.self)
        let transcript = Transcript.parse(text)
        let folder = (path as NSString).deletingLastPathComponent
        let dialoguePath = (folder.isEmpty ? "" : folder + "/") + (transcript.dialogue ?? "")
        let input = DialogueInput(name: transcript.dialogue ?? "", bytes: readBytes(dialoguePath))
        guard let dialogue = Workloads.load(input) else { exit(1) }
        if workload == .replay {
            run = { Workloads.replay(transcript: text, dialogue: dialogue) }
        } else {
            run = { Workloads.test(transcript: text, dialogue: dialogue) }
        }
    default:
        let input = DialogueInput(name: (path as NSString).lastPathComponent, bytes: bytes)
        run = { Workloads.run(workload, on: input) }
    }
    measure(workload.rawValue, name: (path as NSString).lastPathComponent, bytes: bytes.count, repeats: repeats, run)

case "measure-shipped":
    guard let workload = ShippedWorkload(rawValue: arguments[2]), arguments.count >= 4 else {
        FileHandle.standardError.write(
            Data("unknown workload; one of \(ShippedWorkload.allCases.map(\.rawValue))\n".utf8))
        exit(2)
    }
    let repository = arguments[3]
    let repeats = arguments.count >= 5 ? Int(arguments[4]) ?? 3 : 3
    var total = 0
    let shipped = ShippedDialogue(
        read: { path in
            let bytes = FileManager.default.contents(atPath: repository + "/" + path).map { [UInt8]($0) }
            if path.hasSuffix(".yaml") { total += bytes?.count ?? 0 }
            return bytes
        },
        list: { folder in (try? FileManager.default.contentsOfDirectory(atPath: repository + "/" + folder)) ?? [] })
    guard let shipped else {
        FileHandle.standardError.write(Data("the shipped dialogue in \(repository)/Dialogues does not load\n".utf8))
        exit(1)
    }
    measure(workload.rawValue, name: "Dialogues", bytes: total, repeats: repeats) { shipped.run(workload) }

default:
    FileHandle.standardError.write(Data("unknown command \(arguments[1])\n".utf8))
    exit(2)
}
