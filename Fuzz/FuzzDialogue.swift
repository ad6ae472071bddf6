// libFuzzer entry point over the whole pure core: the YAML parser, the loader (with includes), the
// checker, the graph and outline renderers, diagnostics, transcripts and the engine.
//
// Built by Fuzz/run.sh together with the sources of Sources/DialogueKit into one module, so it may call
// internal API. Never part of the package build.
//
// The input is one or more files: the first is `main.yaml`; each later one starts at a line
// `#file NAME` and is stored under NAME, so includes can be fuzzed. The lines of the last file are
// also typed into the engine, one by one, if the dialogue loads.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDialogue(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzTarget.run(bytes)
    return 0
}

enum FuzzTarget {
    static let marker = Array("\n#file ".utf8)
    static let today = CalendarDate(year: 2026, month: 11, day: 25)

    static func run(_ bytes: [UInt8]) {
        var files: [String: [UInt8]] = [:]
        let sections = split(bytes)
        files["main.yaml"] = sections[0]
        for section in sections.dropFirst() {
            let end = section.firstIndex(of: UInt8(ascii: "\n")) ?? section.count
            let name = String(decoding: section[..<end], as: UTF8.self)
            files[Path.normalized(name)] = Array(section[min(end + 1, section.count)...])
        }
        var memory = InMemoryFiles([:])
        memory.files = files
        var workspace = DialogueWorkspace(candidates: files.keys.sorted(), files: memory)
        let result = workspace.outcome(for: "main.yaml")
        _ = workspace.findings

        let renderer = DiagnosticRenderer()
        _ = renderer.render(result.diagnostics) { result.source(named: $0) }
        for diagnostic in result.diagnostics.prefix(8) { _ = renderer.spans(diagnostic) { result.source(named: $0) } }

        let lastText = String(decoding: sections[sections.count - 1], as: UTF8.self)
        let lines = lastText.split(separator: "\n", omittingEmptySubsequences: false).prefix(64).map(String.init)
        for line in lines.prefix(8) {
            _ = WebAddress.isValid(line)
            _ = VisibleText.make(line)
        }
        _ = Transcript.parse(lastText).rendered()
        var tester = TranscriptTester(files: memory)
        _ = tester.test("t.transcript", text: lastText)

        guard let dialogue = result.dialogue else { return }
        _ = DialogueChecker(dialogue: dialogue, today: today).findings()
        for format in GraphFormat.allCases { _ = format.renderer.render(dialogue) }
        _ = OutlineRenderer().render(dialogue)

        let engine = ConversationEngine(dialogue: dialogue)
        let formatter = ReplyFormatter(width: 20 + (bytes.count % 80))
        var step = engine.start()
        _ = formatter.format(step.replies)
        for line in lines {
            step = engine.respond(to: line, in: step.state)
            _ = formatter.format(step.replies)
        }
        step = engine.finish(step.state)
        _ = formatter.format(step.replies)
        _ = TranscriptReplay.replay(Transcript.parse(lastText), dialogue: dialogue).diff(name: "fuzz")
    }

    /// The input cut at each `\n#file ` marker.
    static func split(_ bytes: [UInt8]) -> [[UInt8]] {
        var sections: [[UInt8]] = []
        var start = 0
        var index = 0
        while index + marker.count <= bytes.count, sections.count < 8 {
            if bytes[index] == marker[0], Array(bytes[index..<index + marker.count]) == marker {
                sections.append(Array(bytes[start..<index]))
                index += marker.count
                start = index
            } else {
                index += 1
            }
        }
        sections.append(Array(bytes[start...]))
        return sections
    }
}
