import DialogueKit
@testable import SignpostWeb
import Testing

@Suite("The web site's pieces")
struct WebUnitTests {
    @Test func textAndAttributesAreEscaped() {
        let node = HTMLNode.element(
            "p", attributes: [HTMLAttribute("title", "a\"b<c>&'")], children: [.text("<script>alert('x') & \"y\"</script>")])
        var html = ""
        node.render(into: &html)
        #expect(html == "<p title=\"a&quot;b&lt;c&gt;&amp;&#39;\">&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;</p>\n")
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
        #expect(throws: FormBody.Malformed.tooManyFields) { try FormBody(parsing: Array(String(repeating: "x=1&", count: 17).utf8)) }
    }

    @Test func aTrailSurvivesTheFormAndIsCheckedOnTheWayBack() {
        let trail = ConversationTrail(dialogue: "abc", batches: [["no"], ["https://example.org/a?b=c&d", ""], ["ü ✓ <>"]])
        let field = trail.encoded()
        #expect(field.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        #expect(ConversationTrail.decode(field, dialogue: "abc") == .success(trail))
        #expect(ConversationTrail.decode(field, dialogue: "other") == .failure(.stale))
        #expect(ConversationTrail.decode(String(field.dropLast(3)), dialogue: "abc") == .failure(.unreadable))
        #expect(ConversationTrail.decode("not base64!", dialogue: "abc") == .failure(.unreadable))
        let long = ConversationTrail(dialogue: "abc", batches: Array(repeating: ["x"], count: ConversationTrail.maximumLines + 1))
        #expect(ConversationTrail.decode(long.encoded(), dialogue: "abc") == .failure(.tooLarge))
        #expect(ConversationTrail.decode(String(repeating: "a", count: ConversationTrail.maximumEncodedLength + 1), dialogue: "abc") == .failure(.tooLarge))
    }

    @Test func theFingerprintFollowsTheFiles() {
        let one = Fingerprint.of(["a.yaml": "x: 1"])
        #expect(one == Fingerprint.of(["a.yaml": "x: 1"]))
        #expect(one != Fingerprint.of(["a.yaml": "x: 2"]))
        #expect(one != Fingerprint.of(["b.yaml": "x: 1"]))
        #expect(one.count == 16)
    }

    @Test func sentLinesLoseTheirControlCharacters() {
        #expect(ConversationTurn.oneLine("a\nb\u{1B}[2Jc") == "a b [2Jc")
    }

    /// One notice of each kind. The switch has no default, so a new kind of notice does not compile
    /// until it is given here, and the web's wording of it is then checked below: the list is not
    /// copied from the web catalogue's own cases, which could only agree with itself.
    static let everyNotice: [Notice] = {
        let all: [Notice] = [
            .tooLong(characters: 3000), .conversationOver, .emptyAnswer(answerCount: 2), .notUnderstood("x", answerCount: 2),
            .tookCloseSpelling("no", choice: "No"), .ambiguous("y", choices: [.init(number: 1, label: "Yes"), .init(number: 2, label: "Yes, but")]),
            .notAccepted(.webAddress), .saved(count: 2), .dialogueLoops(at: "a"), .backToWhereYouWere, .nothingToGoBackTo, .wentBack,
            .wentBackFromCommand("emergency"), .understoodAs("nah", choice: "No"),
            .schoolYear(SchoolYear(system: .englandAndWales, name: "Year 9", number: 9)), .dangerHeard("he ran away"),
            .unclearAtDangerQuestion("purple"), .askingAgain, .confirmRestart(answerCount: 2), .finishReadingFirst, .noAnswersYet,
            .noSuchAnswer("9", answerCount: 3), .changing("Who?"), .offerToSave, .saveNeedsAFileName,
            .planSaved(path: "p.txt", leftOutWhatWasTyped: false), .planNotSaved(path: "p.txt", .exists), .startingAgain, .endingEarly,
        ]
        for notice in all {
            switch notice {
            case .tooLong, .conversationOver, .emptyAnswer, .notUnderstood, .tookCloseSpelling, .ambiguous, .notAccepted, .saved,
                .dialogueLoops, .backToWhereYouWere, .nothingToGoBackTo, .wentBack, .wentBackFromCommand, .understoodAs, .schoolYear,
                .dangerHeard, .unclearAtDangerQuestion, .askingAgain, .confirmRestart, .finishReadingFirst, .noAnswersYet,
                .noSuchAnswer, .changing, .offerToSave, .saveNeedsAFileName, .planSaved, .planNotSaved, .startingAgain, .endingEarly:
                break
            }
        }
        return all
    }()

    /// Notices only a typed line can bring, which the web's buttons never send: the terminal's words
    /// for them may name keys and commands. Every other notice must not.
    static func onlyFromTyping(_ notice: Notice) -> Bool {
        switch notice {
        case .tookCloseSpelling, .offerToSave, .saveNeedsAFileName, .planSaved, .planNotSaved, .tooLong, .notUnderstood, .ambiguous,
            .emptyAnswer, .understoodAs, .schoolYear, .dangerHeard, .unclearAtDangerQuestion, .finishReadingFirst, .confirmRestart:
            true
        default:
            false
        }
    }

    @Test func theWebCatalogueNeverAsksForAKeyOrATypedCommand() {
        let web = WebCatalogue()
        #expect(Set(Self.everyNotice.map { "\($0)".prefix { $0 != "(" } }).count == Self.everyNotice.count, "one of each kind")
        for notice in Self.everyNotice where !Self.onlyFromTyping(notice) {
            let words = web.text(for: notice)
            #expect(!words.contains("Enter") && !words.contains("empty line") && !words.contains("Type ") && !words.contains("type "), "\(notice): \(words)")
        }
        #expect(!web.text(for: .pressEnterToCarryOn).contains("Enter"))
        // Everything else is the terminal's wording, unchanged.
        #expect(web.text(for: .tookCloseSpelling("no", choice: "No")) == EnglishCatalogue().text(for: .tookCloseSpelling("no", choice: "No")))
    }
}
