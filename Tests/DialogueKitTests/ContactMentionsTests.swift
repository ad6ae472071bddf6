import Testing

@testable import DialogueKit

/// Phone numbers in every common UK shape, web and email addresses, each with where it sits.
@Suite struct ContactMentionsTests {
    @Test(arguments: [
        ("Call 0808 800 5000 now.", "0808 800 5000", "08088005000"),
        ("Call 0808-800-5000 now.", "0808-800-5000", "08088005000"),
        ("Call +44 808 800 5000 now.", "+44 808 800 5000", "08088005000"),
        ("Call +44 (0)808 800 5000.", "+44 (0)808 800 5000", "08088005000"),
        ("Call +448088005000.", "+448088005000", "08088005000"),
        ("Ring (020) 7946 0000 today", "(020) 7946 0000", "02079460000"),
        ("Ring 020 7946 0000 today", "020 7946 0000", "02079460000"),
        ("Text 07700 900123.", "07700 900123", "07700900123"),
        ("Childline is on 0800 1111, any time.", "0800 1111", "08001111"),
        ("Samaritans: 116 123.", "116 123", "116123"),
        ("Call 999 first.", "999", "999"),
        ("or the police on 101.", "101", "101"),
        ("NHS 111 can help.", "111", "111"),
        ("From a mobile, 112 works too.", "112", "112"),
        ("Call 0300 123 3000 (Stop It Now).", "0300 123 3000", "03001233000"),
        ("a typo: 0800 111 here", "0800 111", "0800111"),
        ("the helpline 0808 800 5000 24 hours a day", "0808 800 5000", "08088005000"),
    ])
    func findsPhoneNumbers(text: String, number: String, key: String) throws {
        let mentions = ContactMentions.find(in: text).filter { $0.kind == .phoneNumber }
        #expect(mentions.map(\.text) == [number])
        #expect(mentions.first?.key == key)
        let mention = try #require(mentions.first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[mention.offset..<(mention.offset + mention.length)])) == number)
    }

    @Test(arguments: [
        "Aged 13 to 17.", "On 2026-11-25 we checked.", "It is 18 now.", "See 123.example.org", "the 999th time",
        "1,000 people",
        "01/02/2026", "Over 200 schools use it.", "Step 300.", "It took 365 days.",
    ])
    func leavesOtherNumbersAlone(text: String) {
        #expect(
            ContactMentions.find(in: text).filter { $0.kind == .phoneNumber }.isEmpty,
            "\(ContactMentions.find(in: text).map(\.text))")
    }

    @Test func findsAddressesWithTheirPlace() {
        let mentions = ContactMentions.find(in: "Go to (iwf.org.uk/report), or write to help@nspcc.org.uk.")
        #expect(mentions.map(\.text) == ["iwf.org.uk/report", "help@nspcc.org.uk"])
        #expect(mentions.map(\.offset) == [7, 39])
        #expect(mentions.allSatisfy { $0.kind == .address })
    }

    @Test func oneScanStaysLinearOnLongText() {
        let long = String(repeating: "0808 800 5000 and 116 123 or iwf.org.uk/report. ", count: 2000)
        #expect(ContactMentions.find(in: long).count == 6000)
    }
}
