import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DialogueKit
@testable import SignpostWeb

/// Nothing is lost: Change keeps the later answers that still apply and says which it will remove before
/// it does; the largest conversation a page can carry is accepted back by every form and address.
@Suite("Changing an answer, and the largest conversation")
struct ChangeAndSizeTests {
    /// The answers' labels on a question page, by number.
    static func labels(_ html: String) -> [(number: String, label: String)] {
        var found: [(String, String)] = []
        var rest = Substring(html)
        while let range = rest.range(of: "<label class=\"label radios__label\" for=\"answer-") {
            rest = rest[range.upperBound...]
            let number = String(rest.prefix { $0 != "\"" })
            guard let start = rest.firstIndex(of: ">") else { break }
            let label = rest[rest.index(after: start)...].prefix { $0 != "<" }
            found.append((number, PageText.decode(String(label))))
        }
        return found
    }

    static func answerCount(_ client: some TestClientProtocol, state: String) async throws -> Int {
        let (_, _, answers) = try await client.get("/answers?s=" + state)
        return answers.components(separatedBy: "class=\"summary-list__key\"").count - 1
    }

    @Test func changingToTheSameAnswerKeepsEveryLaterAnswerAndTheWebAddresses() async throws {
        try await TestSite.application().test(.router) { client in
            let lines = try TestSite.inputs(of: "urls-in-plan.transcript")
            let state = TestSite.sealed(lines.map { [$0] })
            let before = try await Self.answerCount(client, state: state)
            #expect(before >= 5)
            let (_, _, asking, _) = try await client.submit("/next", [("state", state), ("say", "change 1")])
            #expect(PageText(html: asking).formNode == "danger")
            #expect(asking.contains("Your later answers that still apply will be kept"))
            #expect(asking.contains(" checked>"), "the earlier answer is already chosen")
            let no = try #require(Self.labels(asking).first { $0.label == "No" })
            let changing = try #require(PageText(html: asking).state)
            let (_, _, end, _) = try await client.submit("/next", [("state", changing), ("answer", no.number)])
            #expect(end.contains("What to do now"), "back at the end, with nothing asked again")
            #expect(
                end.contains("https://example.org/1") && end.contains("https://example.org/3"), "the web addresses kept"
            )
            let after = try #require(PageText(html: end).state)
            #expect(try await Self.answerCount(client, state: after) == before)
        }
    }

    @Test func aChangeThatRemovesLaterAnswersSaysWhichFirstAndCanBeUndone() async throws {
        try await TestSite.application().test(.router) { client in
            let lines = try TestSite.inputs(of: "urls-in-plan.transcript")
            let state = TestSite.sealed(lines.map { [$0] })
            let before = try await Self.answerCount(client, state: state)
            let (_, _, asking, _) = try await client.submit("/next", [("state", state), ("say", "change 2")])
            #expect(PageText(html: asking).formNode == "who")
            let staff = try #require(Self.labels(asking).first { $0.label.lowercased().contains("school") })
            let changing = try #require(PageText(html: asking).state)
            let (_, _, confirm, _) = try await client.submit("/next", [("state", changing), ("answer", staff.number)])
            #expect(confirm.contains("Check before you change this answer"))
            #expect(confirm.contains("these answers will no longer apply"))
            #expect(confirm.contains("data-reply=\"dropped\""))
            #expect(confirm.contains("Web addresses you gave"), "the web addresses that would go are listed")
            let pending = try #require(PageText(html: confirm).state)

            let (_, _, kept, _) = try await client.submit("/next", [("state", pending), ("change", "keep")])
            #expect(kept.contains("What to do now"), "Keep my earlier answer returns to where the adult was")
            #expect(kept.contains("https://example.org/1"))
            #expect(try await Self.answerCount(client, state: try #require(PageText(html: kept).state)) == before)

            let (_, _, changed, _) = try await client.submit("/next", [("state", pending), ("change", "confirm")])
            #expect(!changed.contains("Check before you change this answer"))
            #expect(!changed.contains("https://example.org/1"))
            let now = try #require(PageText(html: changed).state)
            #expect(try await Self.answerCount(client, state: now) < before)
        }
    }

    /// The largest conversation the page allows: every question answered, a full text area of web
    /// addresses of about 970 characters, then the first answer changed again and again (each change
    /// gives every later answer and address again, so the trail grows): every page's state stays within
    /// its limit, and every address and form takes it back. Lines beyond the most read at once go back
    /// in the box.
    @Test func theLargestConversationIsAcceptedBackEverywhere() async throws {
        try await TestSite.application().test(.router) { client in
            let lines = try TestSite.linesToTheAddressList()
            var (_, _, page) = try await client.get(TestSite.page(lines.map { [$0] }))
            #expect(page.contains("<textarea"))
            var state = try #require(PageText(html: page).state)
            let tooMany = (0..<(SiteSettings.maximumEntriesAtOnce + 5)).map { "https://example.org/\($0)" }.joined(
                separator: "\n")
            let (_, _, refused, _) = try await client.submit("/next", [("state", state), ("entries", tooMany)])
            #expect(refused.contains("class=\"error-summary\""))
            let last = SiteSettings.maximumEntriesAtOnce + 4
            #expect(
                refused.contains("https://example.org/\(last)</textarea>"),
                "the lines beyond the most read at once are back in the box")
            #expect(refused.contains("Saved so far: \(SiteSettings.maximumEntriesAtOnce)."), "the first ones were kept")
            let addresses = (0..<5).map { "https://example.org/\($0)/" + String(repeating: "a", count: 950) }.joined(
                separator: "\n")
            #expect(addresses.count <= SiteSettings.maximumTypedCharacters)
            (_, _, page, _) = try await client.submit("/next", [("state", state), ("entries", addresses)])
            for _ in 0..<30 where !page.contains("What to do now") {
                state = try #require(PageText(html: page).state)
                if let last = Self.labels(page).last {
                    (_, _, page, _) = try await client.submit("/next", [("state", state), ("answer", last.number)])
                } else {
                    (_, _, page, _) = try await client.submit("/next", [("state", state), ("say", "")])
                }
            }
            #expect(page.contains("What to do now"))
            state = try #require(PageText(html: page).state)
            let answers = try await Self.answerCount(client, state: state)
            var largest = 0
            for round in 0..<12 {
                let (_, _, asking, _) = try await client.submit("/next", [("state", state), ("say", "change 1")])
                let same = try #require(Self.labels(asking).first { $0.label == "No" })
                (_, _, page, _) = try await client.submit(
                    "/next", [("state", try #require(PageText(html: asking).state)), ("answer", same.number)])
                #expect(page.contains("What to do now"), "round \(round)")
                state = try #require(PageText(html: page).state)
                largest = max(largest, state.utf8.count)
                #expect(state.utf8.count <= StateSeal.maximumLength, "round \(round): \(state.utf8.count)")
            }
            #expect(largest > 20 * 1024, "a large conversation: \(largest) characters")
            #expect(try await Self.answerCount(client, state: state) == answers, "every answer kept")
            #expect(page.contains("https://example.org/4/aaaa"), "every address kept")
            for view in ["/page", "/answers", "/plan"] {
                let (status, _, shown) = try await client.get(view + "?s=" + state)
                #expect(status == .ok && !shown.contains("could not be read"), "\(view)")
            }
            let (status, _, text) = try await client.post("/plan.txt", [("state", state), ("with", "addresses")])
            #expect(status == .ok && text.contains("https://example.org/0/"))
            let (emergency, _, _, _) = try await client.submit("/next", [("state", state), ("say", "999")])
            #expect(emergency == .ok)
        }
    }

    @Test func theShortestTrailReachesTheSamePlace() throws {
        let engine = try TestSite.settings().engine
        let lines = try TestSite.inputs(of: "urls-in-plan.transcript")
        var trail = ConversationTrail(dialogue: BuiltInDialogue.fingerprint, batches: lines.map { [$0] })
        for _ in 0..<3 { trail = trail.adding(["999"]).adding([""]) }
        let target = ConversationReplay(engine: engine, trail: trail).state
        let batches = try #require(ChangeKeeper.rewalk(to: target, engine: engine))
        let again = ConversationReplay(
            engine: engine, trail: ConversationTrail(dialogue: BuiltInDialogue.fingerprint, batches: batches)
        ).state
        #expect(again.position == target.position)
        #expect(again.progress.answers.map(\.answer) == target.progress.answers.map(\.answer))
        #expect(again.progress.collected == target.progress.collected)
        #expect(batches.count < trail.lineCount)
    }

    @Test func theEmergencyAdviceAtTheEndKeepsThePlan() async throws {
        try await TestSite.application().test(.router) { client in
            let lines = try TestSite.inputs(of: "urls-in-plan.transcript")
            let (_, _, page) = try await client.get(TestSite.page(lines.map { [$0] } + [["999"]]))
            #expect(page.contains("data-reply=\"plan\""))
            #expect(page.contains("data-reply=\"support\""))
            #expect(page.contains("<h1 class=\"heading-l\">What to do if the child is in danger right now</h1>"))
        }
    }

    @Test func theEndPageLeadsWithThePlanUnderAHeadingThatSaysWhatItIs() async throws {
        try await TestSite.application().test(.router) { client in
            let lines = try TestSite.inputs(of: "urls-in-plan.transcript")
            let (_, _, page) = try await client.get(TestSite.page(lines.map { [$0] }))
            let heading = try #require(page.range(of: "<h1 class=\"heading-l\">What to do now</h1>"))
            let plan = try #require(page.range(of: "data-reply=\"plan\""))
            let support = try #require(page.range(of: "data-reply=\"support\""))
            let more = try #require(page.range(of: "More about what to do"))
            #expect(
                heading.upperBound < plan.lowerBound && plan.lowerBound < support.lowerBound
                    && support.lowerBound < more.lowerBound)
            #expect(page.contains("href=\"tel:08001111\""), "services are links")
            #expect(page.contains("href=\"https://iwf.org.uk/report\"") || !page.contains("iwf.org.uk/report"))
        }
    }
}
