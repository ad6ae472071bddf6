import Testing

@testable import DialogueKit

/// The seams the core is built around: nodes that list their own edges and texts, a workspace that
/// parses each file once, and walks that stay linear however large a dialogue grows.
@Suite struct CoreSeamsTests {
    @Test func everyKindListsItsEdgesAndTexts() throws {
        let dialogue = try #require(
            loadDialogue(
                """
                title: Kinds
                start: ask
                nodes:
                  ask:
                    say: Hello.
                    ask: Safe?
                    help: Think about now.
                    choices:
                      - label: "Yes"
                        set: safe
                        go: note
                      - label: "No"
                        when: safe
                        go: urls
                  note:
                    say: Noted.
                    pause: true
                    next: urls
                  urls:
                    collect: Paste addresses.
                    next: done
                  done:
                    plan: Keep going.
                    end: Bye.
                """
            ).dialogue)
        let ask = try #require(dialogue.node("ask"))
        #expect(ask.edges.map(\.trigger) == [.answer(label: "Yes", index: 0), .answer(label: "No", index: 1)])
        #expect(ask.edges.map(\.sets) == [["safe"], []])
        #expect(ask.edges[1].condition == Condition(when: ["safe"]))
        #expect(ask.texts.map(\.role) == [.say, .question, .help, .answer, .answer])
        #expect(dialogue.node("note")?.edges.map(\.trigger) == [.next])
        #expect(dialogue.node("urls")?.edges.map(\.trigger) == [.listFinished])
        #expect(dialogue.node("urls")?.gathering?.accepts == .webAddress)
        #expect(dialogue.node("done")?.edges.isEmpty == true)
        #expect(dialogue.node("done")?.texts.map(\.role) == [.plan, .closing])
    }

    @Test func changingNodesReindexesThem() throws {
        var dialogue = ConversationEngineTests.dialogue
        let first = dialogue.nodes[0]
        dialogue.nodes =
            [DialogueNode(id: "renamed", kind: first.kind, source: first.source)] + dialogue.nodes.dropFirst()
        #expect(dialogue.node("renamed") != nil)
        #expect(dialogue.node(first.id) == nil)
    }

    @Test func theWorkspaceParsesEachFileOnceAndFindsUnusedParts() {
        let files = CountingFiles(
            InMemoryFiles([
                "d/main.yaml": "title: T\nstart: a\ninclude: part.yaml\nnodes:\n  a:\n    next: b\n",
                "d/part.yaml": "nodes:\n  b:\n    end: Bye.\n",
                "d/unused.yaml": "nodes:\n  c:\n    end: Never.\n",
            ]))
        let workspace = DialogueWorkspace(candidates: ["d/main.yaml", "d/part.yaml", "d/unused.yaml"], files: files)
        #expect(workspace.mainDialogues == ["d/main.yaml"])
        #expect(workspace.unusedParts == ["d/unused.yaml"])
        #expect(workspace.findings == [.unusedPart("d/unused.yaml")])
        #expect(workspace.outcomes.first?.outcome.dialogue?.nodes.map(\.id) == ["a", "b"])
        #expect(files.counter.reads == ["d/main.yaml": 1, "d/part.yaml": 1, "d/unused.yaml": 1])
    }

    /// A chain of 100,000 nodes: the outline walks it without recursion, and the message-loop check
    /// walks each node once (it once walked the chain from every node).
    @Test func aHundredThousandNodeChainIsOutlinedAndChecked() throws {
        var yaml = "title: Chain\nstart: n0\nreviewed: 2026-11-25\nsources: [test]\nnodes:\n"
        let count = 100_000
        for index in 0..<count {
            yaml += "  n\(index):\n    say: On we go.\n    next: n\(index + 1)\n"
        }
        yaml += "  n\(count):\n    end: Done.\n"
        let dialogue = try #require(loadDialogue(yaml).dialogue)
        let outline = OutlineRenderer().render(dialogue)
        #expect(outline.split(separator: "\n").count == count + 2)
        let findings = DialogueChecker(dialogue: dialogue, today: CalendarDate(year: 2026, month: 11, day: 25))
            .findings()
        #expect(findings.isEmpty)
    }

    @Test func aLoopOfMessagesIsFoundOnce() throws {
        let dialogue = try #require(
            loadDialogue(
                """
                title: Loop
                start: a
                nodes:
                  a:
                    next: b
                  b:
                    next: c
                  c:
                    next: b
                """
            ).dialogue)
        let loops = DialogueChecker(dialogue: dialogue, today: CalendarDate(year: 2026, month: 11, day: 25)).findings()
            .filter { if case .messageLoop = $0.kind { true } else { false } }
        #expect(loops.map(\.kind) == [.messageLoop(["b", "c", "b"])])
    }

    /// Each independent flag can double the states a proof visits; past the bound the prover says so
    /// instead of running for ever.
    @Test func tooManyFlagStatesAreRefusedWithAFinding() throws {
        var yaml = "title: Flags\nstart: q0\nguarantees:\n  first-question: q0\nnodes:\n"
        for index in 0..<24 {
            yaml += "  q\(index):\n    ask: Flag \(index)?\n    choices:\n"
            yaml += "      - label: \"Yes\"\n        set: f\(index)\n        go: q\(index + 1)\n"
            yaml += "      - label: \"No\"\n        go: q\(index + 1)\n"
        }
        yaml += "  q24:\n    say: Flags.\n    end: Done.\n"
        let dialogue = try #require(loadDialogue(yaml).dialogue)
        let paths = ConversationPaths(dialogue, limit: 1_000)
        #expect(paths.isIncomplete)
        #expect(paths.states.count <= 1_000)
        let findings = GuaranteeProver(dialogue: dialogue, stateLimit: 1_000).findings()
        #expect(findings.map(\.kind) == [.tooManyStates(limit: 1_000)])
        #expect(findings.first?.source.range.start.line == 3)
    }

    /// States that reach the same set of flags by different ways (`Yes` and `Also yes` set the same
    /// flag) share one copy of it: the sets kept grow with the different sets (here 2^6), not with the
    /// states (nodes times sets).
    @Test func flagSetsAreInternedAcrossStates() throws {
        func paths(flags count: Int) throws -> ConversationPaths {
            var yaml = "title: Flags\nstart: q0\nnodes:\n"
            for index in 0..<count {
                yaml += "  q\(index):\n    ask: Flag \(index)?\n    choices:\n"
                yaml += "      - label: \"Yes\"\n        set: f\(index)\n        go: m\(index)\n"
                yaml += "      - label: \"Also yes\"\n        set: f\(index)\n        go: n\(index)\n"
                yaml += "      - label: \"No\"\n        go: m\(index)\n"
                yaml += "  m\(index):\n    say: Noted.\n    next: q\(index + 1)\n"
                yaml += "  n\(index):\n    say: Noted too.\n    next: q\(index + 1)\n"
            }
            yaml += "  q\(count):\n    say: Flags.\n    end: Done.\n"
            return ConversationPaths(try #require(loadDialogue(yaml).dialogue))
        }
        let paths = try paths(flags: 6)
        #expect(paths.flagSetCount == 64)
        #expect(paths.states.count > 3 * 64)
        // Equal numbers for equal sets, and each state's set is the one stored for its number.
        // Sharing is seen in the set's one reference to its storage: equal for every state of a number.
        func storage(_ flags: Set<String>) -> [UInt8] { withUnsafeBytes(of: flags) { Array($0) } }
        var setsByNumber: [Int: Set<String>] = [:]
        var mismatches = 0
        for state in paths.states {
            let stored = setsByNumber[state.flagSet, default: state.flags]
            if stored != state.flags || storage(stored) != storage(state.flags) { mismatches += 1 }
            setsByNumber[state.flagSet] = stored
        }
        #expect(mismatches == 0)
        #expect(Set(setsByNumber.values).count == setsByNumber.count)
    }
}

/// Counts how often each file is read.
private final class ReadCounter: @unchecked Sendable {
    var reads: [String: Int] = [:]
}

private struct CountingFiles: DialogueFileSystem {
    let files: InMemoryFiles
    let counter = ReadCounter()

    init(_ files: InMemoryFiles) {
        self.files = files
    }

    func read(_ path: String) -> Result<SourceFile, FileRefusal> {
        counter.reads[Path.normalized(path), default: 0] += 1
        return files.read(path)
    }
}

/// `check` finds control characters and bidi overrides in every text field, at the character itself.
@Suite struct ControlCharacterCheckTests {
    private func findings(_ yaml: String) throws -> [Diagnostic] {
        let loaded = loadDialogue(yaml)
        let dialogue = try #require(loaded.dialogue, "\(diagnosticLines(loaded))")
        return DialogueChecker(
            dialogue: dialogue, today: CalendarDate(year: 2026, month: 11, day: 25), sources: loaded.sources
        )
        .findings().map(\.diagnostic).filter { $0.message.contains("U+") }
    }

    @Test(arguments: [
        // Where an escape stands for the character, the marker sits at the start of the text that holds it;
        // an anytime command's help is placed at its command.
        ("title: \"Ti\\u202Ele\"\nstart: a\nnodes:\n  a:\n    end: Bye.\n", 1, 8, "U+202E"),
        ("title: T\nsources: [\"x\", \"y\\e[2J\"]\nstart: a\nnodes:\n  a:\n    end: Bye.\n", 2, 16, "U+001B"),
        (
            "title: T\nstart: a\nanytime:\n  - command: \"999\"\n    go: m\n    help: \"now\\a\"\nnodes:\n  a:\n    end: Bye.\n  m:\n    say: Hi.\n    next: a\n",
            4, 14, "U+0007"
        ),
        ("title: T\nstart: a\nnodes:\n  a:\n    end: \"Bye \\u2066now\"\n", 5, 10, "U+2066"),
    ])
    func foundAtTheCharacter(yaml: String, line: Int, column: Int, code: String) throws {
        let found = try findings(yaml)
        #expect(found.count == 1, "\(found.map(\.message))")
        #expect(found.first?.message.contains(code) == true)
        #expect(found.first?.range?.start.line == line)
        #expect(found.first?.range?.start.column == column)
    }
}

/// "Did you mean" compares a name with every node: given for the first names only, so a file full of
/// unknown names costs time in proportion to its size, not its square.
@Suite struct SuggestionBudgetTests {
    @Test func onlyTheFirstUnknownNamesGetASuggestion() {
        let count = 2_000
        var yaml = "title: Many\nstart: node0\nnodes:\n"
        for index in 0..<count { yaml += "  node\(index):\n    say: Hi.\n    next: nodx\(index)\n" }
        let loaded = loadDialogue(yaml)
        let unknown = diagnosticLines(loaded).filter { $0.contains("there is no node called") }
        #expect(unknown.count == count)
        let suggested = unknown.filter { $0.contains("did you mean") }
        #expect(suggested.count == EditDistance.namesSuggestedFor)
        #expect(unknown.first?.hasSuffix("there is no node called 'nodx0'; did you mean 'node0'?") == true)
    }

    @Test func aNameRepeatedKeepsItsSuggestion() {
        var yaml = "title: Many\nstart: node0\nnodes:\n"
        for index in 0..<300 { yaml += "  node\(index):\n    say: Hi.\n    next: nodx\(index)\n" }
        yaml += "  last:\n    say: Hi.\n    next: nodx0\n"
        let unknown = diagnosticLines(loadDialogue(yaml)).filter { $0.contains("'nodx0'") }
        #expect(unknown.count == 2)
        #expect(unknown.allSatisfy { $0.contains("did you mean 'node0'?") })
    }
}

/// `check` reads every file of a folder, then loads each dialogue: the trees parsed to tell the files
/// apart are taken by the loads and released as each dialogue is built, not kept beside them.
@Suite struct WorkspaceTreeReleaseTests {
    @Test func everyTreeIsTakenByTheLoadThatReadsIt() {
        let files = InMemoryFiles([
            "d/main.yaml": "title: M\nstart: a\ninclude: part.yaml\nnodes:\n  a:\n    say: Hi.\n    next: b\n",
            "d/part.yaml": "nodes:\n  b:\n    end: Bye.\n",
            "d/other.yaml": "title: O\nstart: c\ninclude: part.yaml\nnodes:\n  c:\n    say: Hi.\n    next: b\n",
        ])
        let workspace = DialogueWorkspace(candidates: ["d/main.yaml", "d/part.yaml", "d/other.yaml"], files: files)
        #expect(workspace.outcomes.allSatisfy { $0.outcome.dialogue != nil })
        #expect(workspace.parsed.keptDocumentCount == 0)
    }
}
