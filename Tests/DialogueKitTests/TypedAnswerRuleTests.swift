import Testing

@testable import DialogueKit

/// The rules for what adults type that the third set of phrasings taught: each one on the shipped
/// dialogue, with the line that showed the need.
@Suite struct TypedAnswerRuleTests {
    let age = ShippedQuestion("age")
    let danger = ShippedQuestion("danger")

    /// An age said with "next month" or "in a few weeks" is the age the child will be, so the band is
    /// the one for a year less ("she turns 13 next month" is under 13 today).
    @Test(arguments: [
        ("she turns 13 next month", "Under 13"), ("hes 16 in a few weeks", "13 to 15"),
        ("she'll be 18 soon", "16 or 17"),
    ])
    func anAgeToComeIsAYearLess(typed: String, band: String) throws {
        #expect(try age.taken(typed) == band)
    }

    /// An age in the past ("she was 12 when it was taken") is not the age now; the next one is.
    @Test(arguments: [
        ("she was 12 when it was taken, shes 14 now", "13 to 15"), ("at 15 he sent it, hes 17 now", "16 or 17"),
    ])
    func aPastAgeIsSkipped(typed: String, band: String) throws {
        #expect(try age.taken(typed) == band)
    }

    /// A choice's number at the start of a line is the answer, whatever follows it ("4, hes 19 now").
    @Test func aLeadingChoiceNumberIsTheAnswer() throws {
        #expect(try age.taken("4, hes 19 now")?.hasPrefix("18 or over") == true)
        #expect(try age.taken("2. shes 14") == "13 to 15")
    }

    /// Number words as they are often misspelt are read through the lexicon's spellings.
    @Test(arguments: [("hes fiveteen", "13 to 15"), ("forteen", "13 to 15"), ("shes sixten", "16 or 17")])
    func aMisspeltNumberWordIsAnAge(typed: String, band: String) throws {
        #expect(try age.taken(typed) == band)
    }

    /// "No one" reads as one negation, like "nobody": "no one has hurt him" is not a sign of harm.
    @Test func twoWordSpellingsReadAsOneWord() throws {
        let step = try danger.step("no one has hurt him, he is at home with me")
        #expect(!step.origins.contains("emergency"), "'no one has hurt him' brought the emergency advice")
    }

    /// A typo is never corrected into a word the lexicon gives a meaning: "anything" is not "nothing",
    /// which would turn "not suicidal or anything" round.
    @Test func aTypoIsNeverCorrectedIntoANegation() throws {
        #expect(try danger.taken("hes not suicidal or anything just really embarrassed") == "No")
    }
}
