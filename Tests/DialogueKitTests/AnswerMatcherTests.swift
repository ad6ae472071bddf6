@testable import DialogueKit
import Testing

@Suite struct AnswerMatcherTests {
    let matcher = AnswerMatcher(options: [
        .init(label: "Yes", synonyms: ["y", "yeah"]),
        .init(label: "No", synonyms: ["n"]),
        .init(label: "Not sure"),
        .init(label: "I work at their school or college", synonyms: ["teacher"]),
    ])

    @Test(arguments: [
        ("1", AnswerMatcher.Match.option(0)),
        ("4", .option(3)),
        ("5", .none),
        ("0", .none),
        ("YES", .option(0)),
        (" yeah! ", .option(0)),
        ("“Not sure”", .option(2)),
        ("not   sure", .option(2)),
        ("no", .option(1)),
        ("not", .option(2)),
        ("i work", .option(3)),
        ("teach", .none),
        ("teahcer", .closeSpelling(3)),
        ("nto sure", .closeSpelling(2)),
        ("ye", .none),
        ("maybe", .option(2)),
        ("idk", .option(2)),
        ("I don't know", .option(2)),
        ("i think so", .option(2)),
        ("(3)", .option(2)),
        ("3.", .option(2)),
        ("#2", .option(1)),
        ("2)", .option(1)),
        ("-1", .none),
        ("no, she's safe", .option(1)),
        ("not sure really", .option(2)),
        ("I think she's a teacher", .foundInLine(3)),
        ("yes or no", .ambiguous([0, 1])),
        ("yes, I'd say she is a teacher", .ambiguous([0, 3])),
        ("yeah, I think she wants to, a teacher said", .ambiguous([0, 3])),
        ("I don't think it's been shared yet", .option(2)),
        ("\u{2212}1", .none),
        ("", .none),
        ("!!!", .none),
    ])
    func matches(typed: String, expected: AnswerMatcher.Match) {
        #expect(matcher.match(typed) == expected)
    }

    @Test func sharedPrefixIsAmbiguous() {
        let matcher = AnswerMatcher(options: [.init(label: "Parent"), .init(label: "Partner"), .init(label: "Other")])
        #expect(matcher.match("par") == .none, "a prefix counts only in whole words")
        #expect(matcher.match("parnet") == .closeSpelling(0))
        let words = AnswerMatcher(options: [.init(label: "Not sure"), .init(label: "Not now")])
        #expect(words.match("not") == .ambiguous([0, 1]))
        let close = AnswerMatcher(options: [.init(label: "Cat"), .init(label: "Car")])
        #expect(close.match("cab") == .ambiguous([0, 1]))
        #expect(matcher.match("othr") == .closeSpelling(2))
    }

    @Test func editDistanceCountsSwapsAsOne() {
        #expect(EditDistance.between("choices", "chioces") == 1)
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.suggestion(for: "emergncy", among: ["emergency", "who"]) == "emergency")
        #expect(EditDistance.suggestion(for: "xyz", among: ["emergency", "who"]) == nil)
    }

    @Test(arguments: [
        ("https://example.org/a?b=c", true), ("http://sub.example.co.uk", true), ("www.example.com/page", true),
        ("example.com", true), ("https://localhost", false), ("not a url", false), ("ftp://example.com", false),
        ("example", false), ("https://exa mple.com", false), ("a.b", false),
        ("bücher.de/straße", true), ("https://example.org/a%20b", true),
        // Issue 12: terminal escapes, bidi overrides, NUL, DEL and C1 controls are not URL characters.
        ("example.org/\u{1B}[2J\u{1B}]0;PWNED\u{07}", false), ("https://example.org/\u{202E}gpj.exe", false),
        ("example.org/a\u{0}", false), ("example.org/\u{7F}", false), ("example.org/\u{9B}2J", false),
        ("example.org/\u{2066}x", false), ("example.org/a\u{301}", false),
    ])
    func webAddresses(text: String, valid: Bool) {
        #expect(WebAddress.isValid(text) == valid)
    }

    /// Issue 12: a web address of one character and half a million combining marks put 605 KB in the plan.
    @Test func webAddressLengthIsBoundInBytes() {
        #expect(!WebAddress.isValid("example.org/a" + String(repeating: "\u{301}", count: 500_000)))
        #expect(!WebAddress.isValid("example.org/" + String(repeating: "é", count: 1_100)))
        #expect(WebAddress.isValid("example.org/" + String(repeating: "a", count: WebAddress.maximumBytes - 12)))
        #expect(!WebAddress.isValid("example.org/" + String(repeating: "a", count: WebAddress.maximumBytes - 11)))
    }
}

/// The byte-by-byte normalisation for ASCII text means exactly what the character-by-character one does.
@Suite struct NormalisationAgreementTests {
    @Test func asciiFastPathAgreesWithTheGeneralOne() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("aZ 9!?.,'-(\t)#\n\r\u{1}xY  ")
        var samples = ["", " ", "!!!", "! ! yes", "yes !", " Not   SURE ", "(3)", "#2", "\u{1}a", "a\r\nb"]
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...12, using: &generator)
            samples.append(String((0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "a" }))
        }
        for sample in samples {
            #expect(AnswerMatcher.asciiNormalized(sample) == AnswerMatcher.normalizedByCharacter(sample), "\(sample.debugDescription)")
        }
    }
}
