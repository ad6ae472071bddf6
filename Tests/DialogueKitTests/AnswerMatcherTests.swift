import TestSupport
import Testing

@testable import DialogueKit

@Suite struct AnswerMatcherTests {
    static let lexicon = ShippedLexicon.load()
    let matcher = AnswerMatcher(
        options: [
            .init(label: "Yes", synonyms: ["y", "yeah"]),
            .init(label: "No", synonyms: ["n"]),
            .init(label: "Not sure"),
            .init(label: "I work at their school or college", synonyms: ["teacher"]),
        ], lexicon: lexicon)

    @Test func theShippedLexiconLoads() {
        #expect(!Self.lexicon.isEmpty)
        #expect(Self.lexicon.yes.contains("yeah"))
    }

    @Test(arguments: [
        // Certain: a number, the label, a listed phrase, or the lexicon's yes, no or unsure typed whole.
        ("1", AnswerMatcher.Match.option(0)),
        ("4", .option(3)),
        ("5", .none),
        ("0", .none),
        ("YES", .option(0)),
        (" yeah! ", .option(0)),
        ("“Not sure”", .option(2)),
        ("not   sure", .option(2)),
        ("no", .option(1)),
        ("nah", .option(1)),
        ("yep", .option(0)),
        ("maybe", .option(2)),
        ("idk", .option(2)),
        ("I don't know", .option(2)),
        ("(3)", .option(2)),
        ("3.", .option(2)),
        ("#2", .option(1)),
        ("2)", .option(1)),
        ("option 2", .option(1)),
        ("the third one", .option(2)),
        // Inferred, and so confirmed to the adult.
        ("teahcer", .inferred(3)),
        ("nto sure", .inferred(2)),
        ("not sure really", .inferred(2)),
        ("honestly no idea", .inferred(2)),
        ("no, she's safe", .inferred(1)),
        ("I think she's a teacher", .inferred(3)),
        // A hedged no is the question's "No", confirmed; a later part is weighed.
        ("I don't think it's been shared yet", .inferred(1)),
        ("I don't think so", .inferred(1)),
        ("i dont think so.", .inferred(1)),
        ("I doubt it", .inferred(1)),
        ("I don't think so, but I'm not sure", .inferred(2)),
        ("I don't think so, she's a teacher", .inferred(3)),
        // Asked about, or not understood.
        ("yes, no", .ambiguous([0, 1])),
        ("teach", .none),
        ("ye", .none),
        ("-1", .none),
        ("\u{2212}1", .none),
        ("", .none),
        ("!!!", .none),
    ])
    func matches(typed: String, expected: AnswerMatcher.Match) {
        #expect(matcher.match(typed) == expected)
    }

    /// "I don't think so" where an answer rules danger out is "not sure", never that answer: a hedge
    /// about danger fails safe.
    @Test(arguments: [
        ("I don't think so", AnswerMatcher.Match.option(2)), ("i doubt it", .option(2)), ("probably not", .option(2)),
        ("I don't think she is in danger", .inferred(2)), ("i dont think so, shes at home", .inferred(2)),
    ])
    func aHedgedNoAboutDangerIsNotSure(typed: String, expected: AnswerMatcher.Match) {
        let danger = AnswerMatcher(
            options: [.init(label: "Yes"), .init(label: "No", safe: true), .init(label: "Not sure")],
            lexicon: Self.lexicon, question: "Is the child in immediate danger right now?")
        #expect(danger.match(typed) == expected)
    }

    /// A hedged no turns round its whole part of the sentence, past the three words a negation reaches:
    /// "I don't think an adult is involved" denies the question, so it is "No", not "Yes".
    @Test(arguments: [
        ("I don't think an adult is involved", AnswerMatcher.Match.inferred(1)),
        ("i dont think anyone online is involved", .inferred(1)),
        ("i dont think so, but a man online is involved", .inferred(0)),
    ])
    func aHedgedNoTurnsRoundItsPart(typed: String, expected: AnswerMatcher.Match) {
        let redFlags = AnswerMatcher(
            options: [.init(label: "Yes", synonyms: ["a man"]), .init(label: "No"), .init(label: "Not sure")],
            lexicon: Self.lexicon, question: "Is an adult, or someone the child only knows online, involved?")
        #expect(redFlags.match(typed) == expected)
    }

    /// Where an answer lists a hedged no among its own phrases, the author has said what a hedge means
    /// there: at "Is an adult involved?" the shipped dialogue's "Not sure" lists "i dont think", so a
    /// hedge keeps the safer advice (the step about CEOP) whatever follows it.
    @Test(arguments: [
        "I don't think so", "I don't think an adult is involved", "i dont think anyone online is involved",
    ])
    func anAnswerThatListsAHedgeTakesIt(typed: String) {
        let redFlags = AnswerMatcher(
            options: [
                .init(label: "Yes", synonyms: ["a man"]), .init(label: "No"),
                .init(label: "Not sure", synonyms: ["i dont think so", "i dont think"]),
            ],
            lexicon: Self.lexicon, question: "Is an adult, or someone the child only knows online, involved?")
        #expect([.inferred(2), .option(2)].contains(redFlags.match(typed)))
    }

    /// Issue 16: "sent" alone must not decide a long answer that says more about threats.
    @Test func aSingleCommonWordDoesNotDecideALongAnswer() {
        let matcher = AnswerMatcher(
            options: [
                .init(label: "Someone sent me the image, or it is on my phone", synonyms: ["sent"]),
                .init(
                    label: "Someone is threatening to share it, or asking for money or more images",
                    synonyms: ["more images", "tell"]),
            ], lexicon: Self.lexicon)
        let reading = matcher.match(
            "someone on roblox sent him messages and now wants more pictures and says hell tell us")
        #expect(reading == .inferred(1))
    }

    /// Issue 16: a bare number from 1 to N is always that answer, even where answers take ages.
    @Test func aChoicesOwnNumberIsThatChoice() {
        let ages = AnswerMatcher(
            options: [
                .init(label: "Under 13", numbers: NumberRange("0-12")),
                .init(label: "13 to 15", numbers: NumberRange("13-15")),
                .init(label: "16 or 17", numbers: NumberRange("16-17")),
                .init(label: "18 or over", numbers: NumberRange("18+")),
            ], lexicon: Self.lexicon)
        #expect(ages.match("2") == .option(1))
        #expect(ages.match("4") == .option(3))
        #expect(ages.match("14") == .inferred(1))
        #expect(ages.match("she's 2") == .inferred(0))
        #expect(ages.match("2 years old") == .inferred(0))
        #expect(ages.match("age 4") == .inferred(0))
        #expect(ages.match("14yo") == .inferred(1))
        #expect(ages.match("fifteen") == .inferred(1))
        #expect(ages.match("nearly 13") == .inferred(0))
        #expect(ages.match("13 or 14") == .inferred(1))
        #expect(ages.match("12 or 13") == .ambiguous([0, 1]))
        #expect(ages.match("fifteen, year 11") == .inferred(1))
        // School years are never an age.
        for typed in ["year 9", "shes in year 12", "yr 12", "Y10", "y10", "year nine"] {
            guard case .schoolYear(let year) = ages.match(typed) else {
                Issue.record("\(typed) was not read as a school year")
                continue
            }
            #expect(year.system == .englandAndWales)
        }
        #expect(ages.match("S3") == .schoolYear(SchoolYear(system: .scotland, name: "S3", number: 3)))
        #expect(ages.match("P7") == .schoolYear(SchoolYear(system: .scotland, name: "P7", number: 7)))
        #expect(ages.match("year 9") == .schoolYear(SchoolYear(system: .englandAndWales, name: "Year 9", number: 9)))
    }

    /// Issue 16: negations are not read as their opposite.
    @Test func negationsAreNotTheirOpposite() {
        let danger = AnswerMatcher(
            options: [
                .init(
                    label: "Yes: they are being hurt or threatened, are missing, or are meeting someone",
                    synonyms: ["hurt", "missing"]),
                .init(
                    label: "Yes: they have hurt themselves, or talk of ending their life",
                    synonyms: ["self harm", "suicidal"]),
                .init(label: "No", synonyms: ["safe"], safe: true),
                .init(label: "Not sure"),
            ], lexicon: Self.lexicon)
        #expect(danger.match("she's not hurt, she's just upset") == .inferred(2))
        #expect(danger.match("not in danger") == .inferred(2))
        #expect(danger.match("no not really") == .option(2))
        #expect(danger.match("nah") == .option(2))
        #expect(danger.match("she is safe") == .inferred(2))
        #expect(danger.match("not sure") == .option(3))
        #expect(danger.read("she is safe").dangerHeard == false)
        #expect(danger.read("no he ran away").dangerHeard)
        #expect(danger.read("he is not missing").dangerHeard == false)
    }

    @Test func words() {
        let lexicon = Self.lexicon
        #expect(
            TypedWords("She's 14yo, her bf has pics!", lexicon: lexicon).words == [
                "shes", "14", "years", "old", "her", "boyfriend", "has", "images",
            ])
        #expect(TypedWords.stem("threatening") == TypedWords.stem("threatened"))
        #expect(TypedWords.stem("cutting") == "cut")
        #expect(TypedWords.stem("shared") == TypedWords.stem("sharing"))
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
            #expect(
                AnswerMatcher.asciiNormalized(sample) == AnswerMatcher.normalizedByCharacter(sample),
                "\(sample.debugDescription)")
        }
    }
}
