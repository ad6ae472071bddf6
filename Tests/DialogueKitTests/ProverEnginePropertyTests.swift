import Testing

@testable import DialogueKit

/// For random small dialogues (questions whose answers set and test flags, messages with routes and
/// pauses, collections, ends), the conversations the engine has and the states the prover explores are
/// the same: every place the engine waits or ends, with the flags it holds, is a state the prover knows,
/// and every such state of the prover is one the engine reaches.
@Suite struct ProverEnginePropertyTests {
    /// A small deterministic generator (SplitMix64), so a failing seed can be replayed.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    }

    static let flags = ["red", "blue", "green"]
    static let fruit = [
        "apple", "banana", "cherry", "damson", "elder", "fig", "grape", "hazel", "kiwi", "lemon", "mango", "nectarine",
        "olive", "peach", "quince", "rowan", "sloe", "tayberry", "ugli", "vanilla", "walnut", "yam", "zucchini",
        "acorn",
    ]

    /// A dialogue of up to eight nodes, written as an author would.
    static func dialogue(seed: UInt64) -> String {
        var random = Random(state: seed)
        let count = 2 + random.below(7)
        var labels = fruit[...]
        func condition(_ random: inout Random) -> String {
            guard random.chance(40) else { return "" }
            let flag = flags[random.below(flags.count)]
            return random.chance(50) ? "        when: \(flag)\n" : "        unless: \(flag)\n"
        }
        var yaml = "title: Random \(seed)\nstart: n0\nnodes:\n"
        for index in 0..<count {
            func target(_ random: inout Random) -> String { "n\(random.below(count))" }
            yaml += "  n\(index):\n"
            if random.chance(30) { yaml += "    plan: Step \(index).\n" }
            switch index == count - 1 ? 3 : random.below(4) {
            case 0:
                yaml += "    ask: Question \(index)?\n    choices:\n"
                for _ in 0..<(1 + random.below(3)) {
                    guard let label = labels.popFirst() else { break }
                    yaml += "      - label: \(label)\n        go: \(target(&random))\n"
                    if random.chance(40) { yaml += "        set: \(flags[random.below(flags.count)])\n" }
                    yaml += condition(&random)
                }
                // One answer always offered, so no question is a dead end.
                if let label = labels.popFirst() { yaml += "      - label: \(label)\n        go: n\(count - 1)\n" }
            case 1:
                yaml += "    say: Message \(index).\n"
                if random.chance(30) { yaml += "    pause: true\n" }
                if random.chance(60) {
                    yaml += "    next:\n"
                    for _ in 0..<(1 + random.below(2)) {
                        let flag = flags[random.below(flags.count)]
                        yaml +=
                            "      - go: \(target(&random))\n        \(random.chance(50) ? "when" : "unless"): \(flag)\n"
                    }
                    yaml += "      - go: \(target(&random))\n"
                } else {
                    yaml += "    next: \(target(&random))\n"
                }
            case 2:
                yaml += "    collect: Type some.\n    into: things\n    next: \(target(&random))\n"
            default:
                yaml += "    end: Done \(index).\n"
            }
        }
        return yaml
    }

    struct Place: Hashable, CustomStringConvertible {
        var node: String
        var flags: Set<String>
        var description: String { "\(node) \(flags.sorted())" }
    }

    /// Every place the engine waits or ends, found by typing every answer offered (and Enter at a pause
    /// or a collection) from every place found.
    static func enginePlaces(_ dialogue: Dialogue) -> Set<Place> {
        let engine = ConversationEngine(dialogue: dialogue)
        var places: Set<Place> = []
        var queue: [ConversationStep] = [engine.start()]
        func record(_ step: ConversationStep) -> Bool {
            let ended = step.events.compactMap { event -> String? in
                if case .ended(let node) = event { node } else { nil }
            }
            if let node = ended.last {
                places.insert(Place(node: node, flags: step.state.flags))
                return false
            }
            guard let node = step.state.position.node else { return false }
            return places.insert(Place(node: node, flags: step.state.flags)).inserted
        }
        _ = record(queue[0])
        while let step = queue.popLast() {
            var lines: [String] = []
            switch step.state.position {
            case .question(let id):
                lines = dialogue.node(id)?.question?.offered(for: step.state.flags).map(\.choice.label) ?? []
            case .paused, .collect:
                lines = [""]
            case .finished:
                continue
            }
            for line in lines {
                let next = engine.respond(to: line, in: step.state)
                if record(next) { queue.append(next) }
            }
        }
        return places
    }

    /// The prover's states where the conversation waits or ends.
    static func proverPlaces(_ dialogue: Dialogue) -> Set<Place> {
        let paths = ConversationPaths(dialogue)
        var places: Set<Place> = []
        for (index, state) in paths.states.enumerated() {
            guard let node = paths.node(at: index), node.takesCommands || node.isEnd else { continue }
            places.insert(Place(node: state.node, flags: state.flags))
        }
        return places
    }

    @Test(arguments: 0..<300)
    func theEngineAndTheProverKnowTheSameConversations(seed: Int) throws {
        let source = Self.dialogue(seed: UInt64(seed))
        let loaded = loadDialogue(source)
        guard let dialogue = loaded.dialogue else {
            Issue.record("seed \(seed) does not load: \(diagnosticLines(loaded))\n\(source)")
            return
        }
        let engine = Self.enginePlaces(dialogue)
        let prover = Self.proverPlaces(dialogue)
        #expect(
            engine.subtracting(prover).isEmpty,
            "the engine reaches places the prover does not know (seed \(seed)):\n\(source)")
        #expect(
            prover.subtracting(engine).isEmpty,
            "the prover explores places the engine never reaches (seed \(seed)):\n\(source)")
    }

    /// The generator makes the cases the property is about: routes that depend on flags, and pauses.
    @Test func theRandomDialoguesHaveRoutesPausesAndFlags() {
        let sources = (0..<300).map { Self.dialogue(seed: UInt64($0)) }
        #expect(sources.filter { $0.contains("      - go:") && $0.contains("set:") }.count > 30)
        #expect(sources.filter { $0.contains("pause: true") }.count > 30)
        #expect(sources.filter { $0.contains("collect:") }.count > 30)
    }
}
