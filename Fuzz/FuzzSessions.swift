// A seeded random-session fuzzer for the engine: thousands of conversations with the dialogues in a
// folder, each a random mix of real answers, commands, numbers and hostile lines (escape sequences,
// NUL, DEL, C1 controls, bidi overrides, huge combining sequences, overlong lines, web addresses with
// escapes in them). After every turn it checks what the adult would see:
//   - no character that could steer a terminal (everything VisibleText would write out) except line breaks,
//   - no turn printing more than 64 KiB,
//   - no turn taking more than two seconds.
// Built by Fuzz/run.sh with the sources of Sources/DialogueKit; it reads the dialogue files at the edge.
//
//     fuzz-sessions --dialogues Dialogues --seed 1 --seconds 60

import Foundation

@main
struct FuzzSessions {
    static func main() {
        var options = Options()
        var arguments = CommandLine.arguments.dropFirst().makeIterator()
        while let argument = arguments.next() {
            switch argument {
            case "--dialogues": options.folder = arguments.next() ?? options.folder
            case "--seed": options.seed = arguments.next().flatMap { UInt64($0) } ?? options.seed
            case "--seconds": options.seconds = arguments.next().flatMap { Double($0) } ?? options.seconds
            case "--sessions": options.sessions = arguments.next().flatMap { Int($0) } ?? options.sessions
            default:
                FileHandle.standardError.write(Data("unknown argument \(argument)\n".utf8))
                exit(2)
            }
        }
        exit(run(options))
    }

    struct Options {
        var folder = "Dialogues"
        var seed: UInt64 = 1
        var seconds = 10.0
        var sessions = Int.max
    }

    static func run(_ options: Options) -> Int32 {
        let engines = loadEngines(folder: options.folder)
        guard !engines.isEmpty else {
            print("no dialogue in \(options.folder) loads")
            return 2
        }
        var random = SplitMix(seed: options.seed)
        let deadline = Date().addingTimeInterval(options.seconds)
        var sessions = 0
        var turns = 0
        var findings: [String: String] = [:]
        while sessions < options.sessions, Date() < deadline {
            let engine = engines[Int(random.next() % UInt64(engines.count))]
            let sessionSeed = random.next()
            var session = Session(engine: engine, seed: sessionSeed)
            let outcome = session.run()
            turns += outcome.turns
            for (kind, example) in outcome.findings where findings[kind] == nil {
                findings[kind] = "session seed \(sessionSeed): \(example)"
            }
            sessions += 1
        }
        print(
            "fuzz-sessions: seed \(options.seed), \(sessions) sessions, \(turns) turns (executions), \(findings.count) kinds of finding"
        )
        for (kind, example) in findings.sorted(by: { $0.key < $1.key }) {
            print("  \(kind): \(VisibleText.make(example, limit: .quotation))")
        }
        return findings.isEmpty ? 0 : 1
    }

    static func loadEngines(folder: String) -> [ConversationEngine] {
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: folder))?.filter { $0.hasSuffix(".yaml") } ?? []
        var files: [String: String] = [:]
        for name in names {
            if let data = FileManager.default.contents(atPath: folder + "/" + name) {
                files[name] = String(decoding: data, as: UTF8.self)
            }
        }
        return names.sorted().compactMap { DialogueLoader(files: InMemoryFiles(files)).load($0).dialogue }
            .map { ConversationEngine(dialogue: $0) }
    }
}

/// One random conversation and what it found.
struct Session {
    let engine: ConversationEngine
    var random: SplitMix

    init(engine: ConversationEngine, seed: UInt64) {
        self.engine = engine
        self.random = SplitMix(seed: seed)
    }

    mutating func run() -> (turns: Int, findings: [String: String]) {
        var findings: [String: String] = [:]
        let formatter = ReplyFormatter(width: 20 + Int(random.next() % 100))
        var step = engine.start()
        inspect(formatter.format(step.replies), after: "(start)", elapsed: 0, into: &findings)
        let length = Int(random.next() % 40)
        var turns = 1
        for _ in 0..<length {
            let line = nextLine(step.state)
            let began = Date()
            step = engine.respond(to: line, in: step.state)
            let output = formatter.format(step.replies)
            inspect(output, after: line, elapsed: Date().timeIntervalSince(began), into: &findings)
            turns += 1
        }
        step = engine.finish(step.state)
        inspect(formatter.format(step.replies), after: "(end of input)", elapsed: 0, into: &findings)
        return (turns + 1, findings)
    }

    func inspect(_ output: String, after line: String, elapsed: TimeInterval, into findings: inout [String: String]) {
        let example = "after \(line.utf8.count) bytes typed: \(line.prefix(80))"
        if output.unicodeScalars.contains(where: { $0 != "\n" && VisibleText.mustEscape($0) }) {
            findings["raw control character in output"] = example
        }
        if output.utf8.count > 65_536 {
            findings["turn printed \(output.utf8.count / 1024) KiB"] = example
        }
        if elapsed > 2 {
            findings["turn took \(Int(elapsed)) s"] = example
        }
    }

    /// A line the adult might type here, or one an attacker might.
    mutating func nextLine(_ state: ConversationState) -> String {
        switch random.next() % 10 {
        case 0, 1, 2:
            let labels = currentLabels(state)
            guard !labels.isEmpty else { return String(1 + random.next() % 4) }
            let label = labels[Int(random.next() % UInt64(labels.count))]
            return random.next() % 4 == 0 ? label.uppercased() : label
        case 3: return String(Int(random.next() % 14) - 1)
        case 4:
            let words =
                BuiltInCommand.allCases.map(\.rawValue) + engine.dialogue.anytime.map(\.command) + ["?", "exit"]
            return words[Int(random.next() % UInt64(words.count))]
        case 5, 6: return hostile()
        case 7: return randomScalars(count: Int(random.next() % 40))
        case 8: return webAddress()
        default:
            return mutate(currentLabels(state).first ?? "yes")
        }
    }

    func currentLabels(_ state: ConversationState) -> [String] {
        guard case .question(let id) = state.position, let node = engine.dialogue.node(id),
            case .question(let question) = node.kind
        else { return [] }
        return question.choices.map(\.label)
    }

    static let hostileLines: [String] = [
        "\u{1B}[2J\u{1B}]0;PWNED\u{07}", "hel\u{1B}[31mlo", "\u{0}", "a\u{0}b", "\u{7F}\u{7F}", "\u{9B}31m", "\u{85}",
        "\u{202E}sey", "\u{2066}yes\u{2069}", "\u{200F}no", "yes\u{FEFF}", "\u{2028}", "\r", "\t\t", "   ",
        "", "\u{FFFD}\u{FFFD}", "💥", "\u{1B}P1;2|xx\u{1B}\\", "\u{1B}[6n", "%s%n%x", "' OR 1=1 --",
        "../../../etc/passwd",
        "\\e[2J", "https://example.org/\u{1B}[2J\u{1B}]0;PWNED\u{07}", "example.org/\u{202E}gpj.exe",
    ]

    mutating func hostile() -> String {
        switch random.next() % 12 {
        case 0:
            // Rarely, the huge ones from the issue: a character of half a million combining marks.
            // (Rare, because each costs the engine a long time; see the report of issue 12.)
            let marks =
                random.next() % 5000 == 0
                ? 500_000 : random.next() % 20 == 0 ? Int(random.next() % 3000) : Int(random.next() % 64)
            let base = random.next() % 2 == 0 ? "a" : "example.org/a"
            return base + String(repeating: "\u{301}", count: marks)
        case 1: return String(repeating: "x", count: 1000 + Int(random.next() % 9000))
        case 2: return String(repeating: "\u{1B}[2J", count: 1 + Int(random.next() % 600))
        default:
            return Self.hostileLines[Int(random.next() % UInt64(Self.hostileLines.count))]
        }
    }

    mutating func webAddress() -> String {
        let hosts = [
            "example.org", "www.example.co.uk", "https://ex-ample.com", "http://a.bc:8080", "xn--bcher-kva.de",
        ]
        var address = hosts[Int(random.next() % UInt64(hosts.count))] + "/"
        for _ in 0..<Int(random.next() % 6) {
            address += random.next() % 3 == 0 ? hostile() : randomScalars(count: Int(random.next() % 8))
        }
        return address
    }

    mutating func randomScalars(count: Int) -> String {
        var text = ""
        for _ in 0..<count {
            let value: UInt32 =
                switch random.next() % 4 {
                case 0: UInt32(random.next() % 0x80)
                case 1: UInt32(random.next() % 0x100)
                case 2: 0x2000 + UInt32(random.next() % 0x80)
                default: UInt32(random.next() % 0x11_0000)
                }
            if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
        }
        return text
    }

    mutating func mutate(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        let position = scalars.isEmpty ? 0 : Int(random.next() % UInt64(scalars.count + 1))
        scalars.insert(contentsOf: randomScalars(count: 1 + Int(random.next() % 3)).unicodeScalars, at: position)
        var out = ""
        out.unicodeScalars.append(contentsOf: scalars)
        return out
    }
}

/// A small, fast, seeded generator, so every session can be replayed from its seed.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1330_11EB
        return z ^ (z >> 31)
    }
}
