/// The explanations of what a review of the advice finds: a service's details under another service's
/// name, a number written with look-alike characters, prose cut by a comment, and text never shown.
extension DiagnosticExplanation {
    static let contactOfAnotherService = DiagnosticExplanation(
        "A service's number or address under another service's name",
        """
        The sentence names one service but gives a number or address listed for another, so an adult \
        would call the wrong service. Give the named service's own details, or name the service whose \
        details these are.
        """,
        .dialogue,
        wrong: Self.contactExample(saying: "Call the NSPCC helpline on 0800 1111."),
        right: Self.contactExample(saying: "Call Childline on 0800 1111, or the NSPCC helpline on 0808 800 5000."))

    static let lookAlikeInPhoneNumber = DiagnosticExplanation(
        "A phone number written with look-alike characters",
        """
        A phone number holds a letter or sign that looks like a digit or a space (the letter O for 0, a \
        lower-case l for 1, an en dash for a hyphen). It may read right but cannot be dialled from a \
        link, and a screen reader says it wrongly. Write it in digits.
        """,
        .dialogue,
        wrong: Self.contactExample(saying: "Call Childline on 08OO 1111, or the NSPCC helpline on 0808 800 5000."),
        right: Self.contactExample(saying: "Call Childline on 0800 1111, or the NSPCC helpline on 0808 800 5000."))

    static let textCutByComment = DiagnosticExplanation(
        "Text cut short by a comment",
        """
        In text written without quotes, a space then `#` starts a comment, so everything after it is \
        not shown. If the `#` is part of the text, put the whole text in quotes.
        """,
        .dialogue,
        wrong: Self.contactExample(saying: "Block the person #1 priority. Call Childline on 0800 1111.", quoted: false),
        right: Self.contactExample(
            saying: "Block the person (the first thing to do). Call Childline on 0800 1111.", quoted: false))

    static let neverShown = DiagnosticExplanation(
        "An answer or text no conversation can show",
        """
        Its `when` needs a flag that no way to its node sets (the flags are set only on other ways), so \
        no conversation ever shows it. Set the flag on a way to the node, or remove the condition.
        """,
        .dialogue,
        wrong: Self.flagExample(teacherGoes: "finish"),
        right: Self.flagExample(teacherGoes: "advice"))

    /// A dialogue whose one message says `text`, with Childline's and the NSPCC's details listed.
    private static func contactExample(saying text: String, quoted: Bool = true) -> String {
        """
        title: Example
        reviewed: 2026-06-01
        sources: [Example source]
        start: advice
        contacts:
          Childline: [0800 1111]
          NSPCC helpline: [0808 800 5000]
        nodes:
          advice:
            say: \(quoted ? "\"\(text)\"" : text)
            next: finish
          finish:
            end: Take care. The NSPCC helpline is on 0808 800 5000.

        """
    }

    /// A dialogue where only a teacher sets `staff`, and a text for staff waits at `advice`.
    private static func flagExample(teacherGoes target: String) -> String {
        """
        title: Example
        reviewed: 2026-06-01
        sources: [Example source]
        start: who
        nodes:
          who:
            ask: Who are you?
            choices:
              - label: Parent
                go: advice
              - label: Teacher
                set: staff
                go: \(target)
          advice:
            say:
              - text: As staff, tell your DSL.
                when: staff
              - Talk to the child.
            next: finish
          finish:
            end: Take care.

        """
    }
}
