import Testing

@testable import DialogueKit

/// Every transcript in `Dialogues/` replays exactly: each is its own test case, named by its file.
@Suite struct DialogueTranscriptTests {
    @Test(arguments: TranscriptFiles.all)
    func transcriptReplaysExactly(path: String) throws {
        let transcript = try TranscriptFiles.read(path)
        #expect(transcript.dialogue != nil, "\(path) has no '# dialogue:' line")
        let loaded = TranscriptFiles.dialogue(for: path, transcript: transcript)
        let dialogue = try #require(loaded.dialogue, "the dialogue does not load:\n\(renderedDiagnostics(loaded))")
        let result = TranscriptReplay.replay(transcript, dialogue: dialogue)
        #expect(result.passed, "\(path) differs:\n\(result.diff(name: path))")
    }

    @Test func thereAreTranscriptsForTheDefaultDialogue() {
        #expect(TranscriptFiles.all.count >= 9)
    }

    @Test func theTranscriptsTakeEveryChoice() throws {
        let dialogue = try defaultDialogue()
        var runs: [(name: String, events: [ConversationEvent])] = []
        for path in TranscriptFiles.all {
            runs.append((path, TranscriptReplay.replay(try TranscriptFiles.read(path), dialogue: dialogue).events))
        }
        let report = CoverageReport(dialogue: dialogue, runs: runs)
        func unreached(_ items: [CoverageReport.Item]) -> [String] {
            items.filter { !$0.isReached }.map { "\($0.name) (\($0.source))" }
        }
        #expect(unreached(report.choices).isEmpty, "record a transcript that takes each of these choices")
        #expect(unreached(report.nodes).isEmpty, "record a transcript that visits each of these nodes")
        #expect(unreached(report.planItems).isEmpty, "record a transcript that earns each of these plan items")
        #expect(unreached(report.ends).isEmpty, "record a transcript that reaches each of these ends")
    }

    /// Changing any one sentence of advice makes at least one transcript fail, at the node that says it.
    @Test func everySentenceOfAdviceIsPinnedByATranscript() throws {
        let dialogue = try defaultDialogue()
        let transcripts = try TranscriptFiles.all.map(TranscriptFiles.read)
        var unpinned: [String] = []
        for (changed, description, node) in Self.oneSentenceChanges(of: dialogue) {
            let failures = transcripts.map { TranscriptReplay.replay($0, dialogue: changed) }.filter { !$0.passed }
            if failures.isEmpty {
                unpinned.append(description)
            } else if let node {
                #expect(
                    failures.contains { $0.divergence?.node == node }, "\(description): no failure names node '\(node)'"
                )
            }
        }
        #expect(unpinned.isEmpty, "no transcript notices a change to: \(unpinned)")
    }

    /// The dialogue with one piece of text changed, for each piece of text an adult can be shown.
    static func oneSentenceChanges(of dialogue: Dialogue) -> [(Dialogue, String, String?)] {
        var changes: [(Dialogue, String, String?)] = []
        for (nodeIndex, node) in dialogue.nodes.enumerated() {
            for itemIndex in node.say.indices {
                var say = node.say
                say[itemIndex] = say[itemIndex].changed()
                var copy = dialogue
                copy.nodes[nodeIndex] = node.with(say: say)
                changes.append((copy, "say \(itemIndex + 1) of '\(node.id)'", node.id))
            }
            for itemIndex in node.plan.indices {
                var plan = node.plan
                plan[itemIndex] = plan[itemIndex].changed()
                var copy = dialogue
                copy.nodes[nodeIndex] = node.with(plan: plan)
                changes.append((copy, "plan \(itemIndex + 1) of '\(node.id)'", nil))
            }
            let kind: DialogueNode.Kind
            switch node.kind {
            case .question(let question):
                kind = .question(Question(ask: question.ask.changed(), help: question.help, choices: question.choices))
            case .collect(let gathering):
                kind = .collect(
                    Gathering(
                        prompt: gathering.prompt.changed(), help: gathering.help, into: gathering.into,
                        accepts: gathering.accepts, next: gathering.next))
            case .end(let ending):
                kind = .end(Ending(closing: ending.closing.changed()))
            case .message:
                continue
            }
            var copy = dialogue
            copy.nodes[nodeIndex] = node.with(kind: kind)
            changes.append((copy, "the prompt of '\(node.id)'", node.id))
        }
        for index in dialogue.support.indices {
            var support = dialogue.support
            support[index] = support[index].changed()
            changes.append((dialogue.with(support: support), "support \(index + 1)", nil))
        }
        return changes
    }
}
