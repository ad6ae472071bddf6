import Foundation
import Testing

@testable import DialogueKit
@testable import SignpostWeb

@Suite("The web site's pieces")
struct WebUnitTests {
    @Test func textAndAttributesAreEscaped() {
        let node = HTMLNode.element(
            "p", attributes: [HTMLAttribute("title", "a\"b<c>&'")],
            children: [.text("<script>alert('x') & \"y\"</script>")])
        var html = ""
        node.render(into: &html)
        #expect(
            html
                == "<p title=\"a&quot;b&lt;c&gt;&amp;&#39;\">&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;</p>\n"
        )
    }

    @Test func escapingKeepsEveryOtherCharacterWhole() {
        #expect(HTMLEscaping.escaped("") == "")
        #expect(HTMLEscaping.escaped("no special characters") == "no special characters")
        #expect(HTMLEscaping.escaped("é<ü>&'\"👩‍👧 ok") == "é&lt;ü&gt;&amp;&#39;&quot;👩‍👧 ok")
        #expect(HTMLEscaping.escaped("<<") == "&lt;&lt;")
    }

    @Test func formsAreDecodedStrictly() throws {
        let form = try FormBody(parsing: Array("a=1+2%2B3&b=&c&a=second&d=%E2%9C%93".utf8))
        #expect(form["a"] == "1 2+3")
        #expect(form["b"] == "")
        #expect(form["c"] == "")
        #expect(form["d"] == "✓")
        #expect(form["missing"] == nil)
        #expect(throws: FormBody.Malformed.badEncoding) { try FormBody(parsing: Array("a=%G1".utf8)) }
        #expect(throws: FormBody.Malformed.badEncoding) { try FormBody(parsing: Array("a=%E2%9C".utf8)) }
        #expect(throws: FormBody.Malformed.tooManyFields) {
            try FormBody(parsing: Array(String(repeating: "x=1&", count: 17).utf8))
        }
    }

    @Test func aSealedStateOpensOnlyWithItsKeyWithinItsLifetimeAndForItsDialogue() {
        let trail = ConversationTrail(
            dialogue: "abc", batches: [["no"], ["https://example.org/a?b=c&d", ""], ["ü ✓ <>"]])
        let state = PageState(
            trail: trail, problem: .entriesNotAccepted(rejected: ["x"]), change: PendingChange(answer: 1))
        let clock = Clock()
        let seal = StateSeal(lifetime: .seconds(60), now: { clock.now })
        let field = seal.seal(state)
        #expect(field.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        #expect(!field.contains("example"), "nothing readable")
        #expect(seal.open(field, dialogue: "abc") == .success(state))
        #expect(seal.open(field, dialogue: "other") == .failure(.stale))
        #expect(seal.open(String(field.dropLast(3)), dialogue: "abc") == .failure(.unreadable))
        #expect(seal.open("not base64!", dialogue: "abc") == .failure(.unreadable))
        #expect(StateSeal().open(field, dialogue: "abc") == .failure(.unreadable), "another key")
        // One character changed anywhere is refused: the seal is authenticated.
        var edited = Array(field)
        edited[edited.count / 2] = edited[edited.count / 2] == "A" ? "B" : "A"
        #expect(seal.open(String(edited), dialogue: "abc") == .failure(.unreadable))
        clock.now = clock.now.addingTimeInterval(61)
        #expect(seal.open(field, dialogue: "abc") == .failure(.expired))
        let long = PageState(
            trail: ConversationTrail(
                dialogue: "abc", batches: Array(repeating: ["x"], count: ConversationTrail.maximumLines + 1)))
        #expect(seal.open(seal.seal(long), dialogue: "abc") == .failure(.tooLarge))
        #expect(
            seal.open(String(repeating: "a", count: StateSeal.maximumLength + 1), dialogue: "abc")
                == .failure(.tooLarge))
    }

    @Test func aKeyIsReadFrom64HexDigitsOnly() {
        #expect(StateSeal.key(hex: String(repeating: "0f", count: 32)) != nil)
        #expect(StateSeal.key(hex: String(repeating: "0f", count: 31)) == nil)
        #expect(StateSeal.key(hex: String(repeating: "zz", count: 32)) == nil)
    }

    @Test func contactDetailsBecomeLinksOnlyWhereTheyStandAlone() throws {
        let links = ContactLinks(contacts: try TestSite.settings().engine.dialogue.contacts)
        var html = ""
        HTMLNode.group(links.nodes("Call 0800 1111 or see childline.org.uk. In 1999 call 999; email help@nspcc.org.uk"))
            .render(into: &html)
        #expect(
            html == "Call <a href=\"tel:08001111\" class=\"contact-link\">0800 1111</a> or see "
                + "<a href=\"https://childline.org.uk\" class=\"contact-link\">childline.org.uk</a>. In 1999 call "
                + "<a href=\"tel:999\" class=\"contact-link\">999</a>; email <a href=\"mailto:help@nspcc.org.uk\" class=\"contact-link\">help@nspcc.org.uk</a>"
        )
    }

    @Test func usageCountsAreWrittenForPrometheusWithoutIdentifiers() {
        let usage = UsageCounts()
        usage.page(.question)
        usage.page(.question)
        usage.restart(.expired)
        let text = usage.registry.prometheusText()
        #expect(text.contains("# TYPE signpost_pages_total counter\nsignpost_pages_total{kind=\"question\"} 2\n"))
        #expect(text.contains("signpost_restarts_total{reason=\"expired\"} 1\n"))
    }

    @Test func theFingerprintFollowsTheFiles() {
        let one = Fingerprint.of(["a.yaml": "x: 1"])
        #expect(one == Fingerprint.of(["a.yaml": "x: 1"]))
        #expect(one != Fingerprint.of(["a.yaml": "x: 2"]))
        #expect(one != Fingerprint.of(["b.yaml": "x: 1"]))
        #expect(one.count == 16)
    }

    /// A clock a test can move.
    final class Clock: @unchecked Sendable {
        var now = Date(timeIntervalSince1970: 1_800_000_000)
    }

    /// A log line is one JSON object that reads back as the fields given, whatever they hold.
    @Test func aLogLineIsJSONThatReadsBack() throws {
        let fields = [
            "message": "a \"quoted\" \\ back\nslash\u{1B}[2J é 💬", "level": "info", "path": "/page", "": "{}",
        ]
        let line = JSONLogHandler.line(fields)
        #expect(line.last == UInt8(ascii: "\n") && line.dropLast().allSatisfy { $0 != UInt8(ascii: "\n") })
        let read = try JSONSerialization.jsonObject(with: Data(line)) as? [String: String]
        #expect(read == fields)
        #expect(String(decoding: line, as: UTF8.self).hasPrefix(#"{"":"{}","level":"info","#), "keys sorted")
    }

    @Test func sentLinesLoseTheirControlCharacters() {
        #expect(ConversationTurn.oneLine("a\nb\u{1B}[2Jc") == "a b [2Jc")
    }

    /// One notice of each kind. The switch has no default, so a new kind of notice does not compile
    /// until it is given here, and the web's wording of it is then checked below: the list is not
    /// copied from the web catalogue's own cases, which could only agree with itself.
    static let everyNotice: [Notice] = {
        let all: [Notice] = [
            .tooLong(characters: 3000), .conversationOver, .emptyAnswer(answerCount: 2),
            .notUnderstood("x", answerCount: 2),
            .tookCloseSpelling("no", choice: "No"),
            .ambiguous("y", choices: [.init(number: 1, label: "Yes"), .init(number: 2, label: "Yes, but")]),
            .notAccepted(.webAddress), .saved(count: 2), .dialogueLoops(at: "a"), .backToWhereYouWere,
            .nothingToGoBackTo, .wentBack,
            .wentBackFromCommand("emergency"), .understoodAs("nah", choice: "No"),
            .schoolYear(SchoolYear(system: .englandAndWales, name: "Year 9", number: 9)), .dangerHeard("he ran away"),
            .unclearAtDangerQuestion("purple"), .askingAgain, .confirmRestart(answerCount: 2), .finishReadingFirst,
            .noAnswersYet,
            .noSuchAnswer("9", answerCount: 3), .changing("Who?"), .offerToSave, .saveNeedsAFileName,
            .planSaved(path: "p.txt", leftOutWhatWasTyped: false), .planNotSaved(path: "p.txt", .exists),
            .startingAgain, .endingEarly,
        ]
        for notice in all {
            switch notice {
            case .tooLong, .conversationOver, .emptyAnswer, .notUnderstood, .tookCloseSpelling, .ambiguous,
                .notAccepted, .saved,
                .dialogueLoops, .backToWhereYouWere, .nothingToGoBackTo, .wentBack, .wentBackFromCommand, .understoodAs,
                .schoolYear,
                .dangerHeard, .unclearAtDangerQuestion, .askingAgain, .confirmRestart, .finishReadingFirst,
                .noAnswersYet,
                .noSuchAnswer, .changing, .offerToSave, .saveNeedsAFileName, .planSaved, .planNotSaved, .startingAgain,
                .endingEarly:
                break
            }
        }
        return all
    }()

    /// Every notice is worded by one of the English catalogue's families, never by its last resort.
    @Test func everyNoticeHasItsOwnEnglishWords() {
        let english = EnglishCatalogue()
        let lastResort = "Type 'help' to see what you can type here."
        for notice in Self.everyNotice { #expect(english.text(for: notice) != lastResort, "\(notice)") }
    }

    /// Every notice, even one only a typed line brings (which the page's buttons never send), is worded
    /// for a page: none names a key, an empty line or a command to type, so none can tell the adult to do
    /// what a page cannot.
    @Test func theWebCatalogueNeverAsksForAKeyOrATypedCommand() {
        let web = WebCatalogue()
        #expect(
            Set(Self.everyNotice.map { "\($0)".prefix { $0 != "(" } }).count == Self.everyNotice.count,
            "one of each kind")
        for notice in Self.everyNotice {
            let words = web.text(for: notice)
            #expect(!words.isEmpty, "\(notice)")
            for keyWords in ["Enter", "empty line", "Type ", "type ", "'back'", "'restart'", "save "] {
                #expect(!words.contains(keyWords), "\(notice): \(words)")
            }
        }
        #expect(!web.text(for: .pressEnterToCarryOn).contains("Enter"))
        // What says nothing of keys is the terminal's wording, unchanged.
        #expect(web.text(for: .wentBack) == EnglishCatalogue().text(for: .wentBack))
    }
}
