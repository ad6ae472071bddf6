import Foundation
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing

@testable import DialogueKit
@testable import SignpostWeb

/// The same advice everywhere: every transcript in `Dialogues/transcripts/` is replayed through HTTP,
/// one posted line per input, and each page must reach the node the REPL reaches and show the same
/// advice as the transcript's output for that input (compared ignoring wrapping).
@Suite("Transcripts replayed through the web site")
struct TranscriptEquivalenceTests {
    static var transcripts: [String] {
        let folder = packageRoot.appending(path: "Dialogues/transcripts")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".transcript") }.sorted()
    }

    /// The kinds of block that show Signpost's replies (not the web page's own words).
    static let replyKinds: Set<String> = ["text", "closing", "notice", "plan", "support", "answers", "help"]
    /// The kinds of dialogue text that are advice, looked for on both sides.
    static let adviceRoles: Set<DialogueText.Role> = [
        .say, .closing, .question, .help, .collectionPrompt, .plan, .support,
    ]

    /// The replay below is parameterised over the folder's transcripts: with none found (a moved
    /// folder, an unreadable one) it would run zero cases and pass. The folder holds dozens.
    @Test func thereAreTranscriptsToReplay() {
        #expect(Self.transcripts.count >= 10, "found \(Self.transcripts.count) transcripts in Dialogues/transcripts")
    }

    @Test(arguments: transcripts)
    func theWebShowsWhatTheTranscriptShows(_ name: String) async throws {
        let text = try String(contentsOf: packageRoot.appending(path: "Dialogues/transcripts/\(name)"), encoding: .utf8)
        let transcript = Transcript.parse(text)
        #expect(transcript.dialogue == "../signpost.yaml", "the web test serves the built-in dialogue only")
        let settings = try TestSite.settings()
        let engine = settings.engine
        let segments = Self.segments(transcript)
        let advice = engine.dialogue.texts.filter { Self.adviceRoles.contains($0.role) }.map {
            PageText.collapse($0.text)
        }
        .filter { !$0.isEmpty }

        try await Application(router: SignpostSite(settings: settings).router(), logger: TestSite.quietLogger).test(
            .router
        ) { client in
            // Pages only send the lines their buttons offer, so each input is put in the page's sealed
            // state directly, as if typed, and the page for it fetched as a browser would.
            var (_, _, html) = try await client.get("/")
            var step = engine.start()
            var trail = settings.emptyTrail
            try Self.compare(
                page: html, segment: segments[0], expectedNode: step.state.position.node, advice: advice,
                where: "\(name): opening")
            for (index, input) in transcript.inputs.enumerated() {
                if step.state.isFinished { break }
                trail = trail.adding([ConversationTurn.oneLine(input)])
                (_, _, html) = try await client.get(settings.pageAddress(PageState(trail: trail)))
                step = engine.respond(to: input, in: step.state)
                var page = html
                if index == transcript.inputs.count - 1, !step.state.isFinished {
                    // The transcript ends as Ctrl-D does, which is `quit`: its words are in the same segment.
                    (_, _, page) = try await client.get(settings.pageAddress(PageState(trail: trail.adding(["quit"]))))
                    let quitting = engine.respond(to: "quit", in: step.state)
                    try Self.compare(
                        page: html + page, segment: segments[index + 1], expectedNode: nil, advice: advice,
                        reworded: Self.webWording(of: step.replies + quitting.replies),
                        where: "\(name): input \(index + 1) '\(input)' and the end of input")
                    break
                }
                try Self.compare(
                    page: page, segment: segments[index + 1], expectedNode: step.state.position.node, advice: advice,
                    reworded: Self.webWording(of: step.replies), where: "\(name): input \(index + 1) '\(input)'")
            }
        }
    }

    /// The notices among `replies` that a page words differently from a terminal (it says "select
    /// Continue" where the terminal says "press Enter"), in the page's words.
    static func webWording(of replies: [Reply]) -> [String] {
        replies.compactMap { reply in
            guard case .notice(let notice) = reply else { return nil }
            let web = WebCatalogue().text(for: notice)
            return web == EnglishCatalogue().text(for: notice) ? nil : PageText.collapse(web)
        }
    }

    /// The page's node is the engine's; every run of reply text on the page is in the transcript's
    /// segment (or is a notice the page words for buttons, `reworded`); every piece of advice in the
    /// segment is on the page.
    static func compare(
        page html: String, segment: String, expectedNode: String?, advice: [String], reworded: [String] = [],
        where place: String
    ) throws {
        let page = PageText(html: html)
        if let expectedNode { #expect(page.formNode == expectedNode, "\(place): the page is at another node") }
        let blocks = page.blocks
        let pageText = blocks.flatMap(\.runs).joined(separator: " ")
        for block in blocks where replyKinds.contains(block.kind) {
            for run in block.runs
            where !segment.contains(run) && !(block.kind == "notice" && reworded.contains { $0.contains(run) }) {
                Issue.record("\(place): the page shows '\(run)' (\(block.kind)), which the transcript does not")
            }
        }
        for text in advice where segment.contains(text) && !pageText.contains(text) {
            Issue.record("\(place): the transcript shows '\(text.prefix(80))', which the page does not")
        }
    }

    /// The output after each input (the first is the opening), white space collapsed.
    static func segments(_ transcript: Transcript) -> [String] {
        var segments: [[String]] = [[]]
        for line in transcript.lines {
            switch line {
            case .input: segments.append([])
            case .output(let text): segments[segments.count - 1].append(text)
            case .comment: break
            }
        }
        return segments.map { PageText.collapse($0.joined(separator: " ")) }
    }
}
