import Testing

@testable import DialogueKit

/// Issue 18: a number or address must be the one declared for the service its sentence names, and a
/// number written with look-alike characters (the letter O for 0, en dashes) is recognised and reported.
@Suite struct ContactServiceTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 25)

    static func dialogue(saying text: String) -> String {
        """
        title: Contacts
        reviewed: 2026-06-01
        sources: [A source]
        start: advice
        contacts:
          Childline: [0800 1111, childline.org.uk]
          NSPCC helpline: [0808 800 5000, help@nspcc.org.uk]
          Internet Watch Foundation: [iwf.org.uk/report]
        support:
          - Childline on 0800 1111 or childline.org.uk.
          - NSPCC on 0808 800 5000 or help@nspcc.org.uk.
          - The IWF at iwf.org.uk/report.
        nodes:
          advice:
            say: "\(text)"
            next: finish
          finish:
            end: Take care.
        """
    }

    private func findings(saying text: String) throws -> [String] {
        let loaded = loadDialogue(Self.dialogue(saying: text))
        let dialogue = try #require(loaded.dialogue, "does not load: \(diagnosticLines(loaded))")
        return DialogueChecker(dialogue: dialogue, today: Self.today, sources: loaded.sources).findings().map {
            finding in
            let start = finding.source.range.start
            return "\(start.line):\(start.column): \(finding.severity.rawValue): \(finding.message)"
        }
    }

    @Test func aNumberOfAnotherServiceIsReportedNamingBoth() throws {
        #expect(
            try findings(saying: "Call the NSPCC helpline on 0800 1111.") == [
                "15:38: warning: '0800 1111' is listed for Childline, but this sentence names NSPCC helpline "
                    + "(0808 800 5000, help@nspcc.org.uk); give NSPCC helpline's own details, or name Childline"
            ])
        #expect(try findings(saying: "The NSPCC is on 0800 1111.").count == 1)
        #expect(
            try findings(saying: "Report it to the IWF at childline.org.uk.") == [
                "15:35: warning: 'childline.org.uk' is listed for Childline, but this sentence names Internet Watch Foundation "
                    + "(iwf.org.uk/report); give Internet Watch Foundation's own details, or name Childline"
            ])
    }

    @Test(arguments: [
        "Call Childline on 0800 1111.",
        "Childline (up to age 19): 0800 1111, free, 24 hours, childline.org.uk",
        "For you: NSPCC, 0808 800 5000. Point the child to Childline, 0800 1111.",
        "Tell the IWF and call 0800 1111.",
        "Help the child use Report Remove at childline.org.uk, or email help@nspcc.org.uk.",
        "Report it to the Internet Watch Foundation (IWF) at iwf.org.uk/report.",
    ])
    func aNumberWithItsOwnServiceOrNoneIsFine(text: String) throws {
        #expect(try findings(saying: text) == [])
    }

    @Test func lookAlikeCharactersAreRecognisedAndReported() throws {
        #expect(
            try findings(saying: "Call Childline on O800 1111.") == [
                "15:29: error: the phone number 'O800 1111' is written with the letter O for the digit 0; write '0800 1111'"
            ])
        #expect(
            try findings(saying: "Call Childline on 08OO 1111.") == [
                "15:29: error: the phone number '08OO 1111' is written with the letter O for the digit 0; write '0800 1111'"
            ])
        #expect(
            try findings(saying: "Call Childline on 0800\u{2013}1111.") == [
                "15:29: warning: the phone number '0800\u{2013}1111' is written with an en dash (U+2013); write '0800 1111'"
            ])
        // Recognised as a number, so a wrong digit behind an en dash is found too.
        #expect(try findings(saying: "Call Childline on 0800\u{2013}1112.").count == 2)
    }

    @Test(arguments: [
        ("Call O800 1111 now.", "O800 1111", "08001111"),
        ("Call 08OO 1111 now.", "08OO 1111", "08001111"),
        ("Call 0800\u{2013}1111 now.", "0800\u{2013}1111", "08001111"),
        ("Call 0808 800 5OOO now.", "0808 800 5OOO", "08088005000"),
    ])
    func findsLookAlikeNumbers(text: String, number: String, key: String) {
        let mentions = ContactMentions.find(in: text).filter { $0.kind == .phoneNumber }
        #expect(mentions.map(\.text) == [number])
        #expect(mentions.first?.key == key)
        #expect(mentions.first?.lookAlikes.isEmpty == false)
    }

    @Test(arguments: [
        "Or call them.", "O2 is a network.", "Is it OK?", "On 101 or 999.", "lol, I know", "Call 0800 1111 Or not.",
    ])
    func lettersAloneAreNoNumber(text: String) {
        #expect(
            ContactMentions.find(in: text).allSatisfy { $0.lookAlikes.isEmpty },
            "\(ContactMentions.find(in: text).map(\.text))")
    }
}
