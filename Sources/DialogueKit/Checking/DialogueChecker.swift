/// `signpost check`'s findings about a loaded dialogue: structure, answers, flags, text, contacts,
/// metadata and the declared safety guarantees. Pure: the date to judge `reviewed` by is passed in.
///
/// Each group of checks is an extension in its own file (`DialogueChecker+Structure`, `+Answers`,
/// `+Flags`, `+Texts`, `+Metadata`); the guarantees are `GuaranteeProver`'s.
package struct DialogueChecker: Sendable {
    package let dialogue: Dialogue
    let today: CalendarDate
    /// The dialogue's files, when at hand, to place findings about a few words of a long text exactly.
    package let sources: [SourceFile]

    package init(dialogue: Dialogue, today: CalendarDate, sources: [SourceFile] = []) {
        self.dialogue = dialogue
        self.today = today
        self.sources = sources
    }

    package func findings() -> [CheckFinding] {
        // Every node's ways on, worked out once: as positions for the structure checks, and the flags
        // they set and test for the flag checks, without holding the edges themselves.
        var flagUse = FlagUse()
        let links = NodeLinks(dialogue) { _, edge in flagUse.read(edge) }
        // Every text walked once, one node at a time, without gathering them into one array: the
        // flags they test for the flag checks, and the text checks' findings.
        let textFindings = texts(flagUse: &flagUse)
        var findings = structure(links)
        findings += answers()
        findings += flags(flagUse)
        findings += textFindings
        findings += cutByComments()
        findings += neverShown()
        findings += metadata()
        // One engine for every proof that asks it.
        let engine = ConversationEngine(dialogue: dialogue)
        findings += failSafe(engine)
        findings += GuaranteeProver(engine: engine).findings()
        return findings
    }
}
