import Testing

@testable import DialogueKit

/// A third front end, as small as one can be: read a line, hand it to the core, print what it says. It
/// goes through the seam the web site uses (a `ConversationTrail` of the lines sent, replayed by
/// `ConversationReplay`), and prints with the core's `ReplyFormatter`, so a chat app or a voice front end
/// needs no code from the terminal or the web. Every shipped transcript played through it prints what
/// the terminal printed.
@Suite struct ToyFrontEndTests {
    /// The whole front end: what it prints for the lines it reads, one line at a time.
    struct ToyFrontEnd {
        let engine: ConversationEngine
        let formatter: ReplyFormatter

        func run(_ input: [String]) -> [String] {
            var replay = ConversationReplay(engine: engine, trail: ConversationTrail(dialogue: "toy"))
            var printed = print(replay.shownReplies)
            for line in input where !replay.state.isFinished {
                replay = replay.continued(with: [line], engine: engine)
                printed += print(replay.shownReplies)
            }
            // The end of the input ends the conversation, as Ctrl-D does.
            if !replay.state.isFinished { printed += print(engine.finish(replay.state).replies) }
            return printed
        }

        private func print(_ replies: [Reply]) -> [String] {
            replies.flatMap { reply in
                formatter.lines(reply).flatMap {
                    $0.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                } + [""]
            }
        }
    }

    @Test(arguments: TranscriptFiles.all)
    func aToyFrontEndPrintsWhatTheTranscriptRecorded(path: String) throws {
        let transcript = try TranscriptFiles.read(path)
        let loaded = TranscriptFiles.dialogue(for: path, transcript: transcript)
        let dialogue = try #require(loaded.dialogue)
        let toy = ToyFrontEnd(
            engine: ConversationEngine(dialogue: dialogue), formatter: ReplyFormatter(width: transcript.width))
        var recorded: [String] = []
        for line in transcript.lines {
            switch line {
            case .output(let text): recorded.append(text)
            case .input, .comment: break
            }
        }
        let printed = toy.run(transcript.inputs)
        let first = (0..<max(printed.count, recorded.count)).first {
            $0 >= printed.count || $0 >= recorded.count || printed[$0] != recorded[$0]
        }
        #expect(
            first == nil,
            "\(path), output line \((first ?? 0) + 1): toy printed \(printed.dropFirst(first ?? 0).first ?? "nothing"), the transcript has \(recorded.dropFirst(first ?? 0).first ?? "nothing")"
        )
    }
}
