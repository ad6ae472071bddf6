import Testing

@testable import DialogueKit

/// `every-ending-mentions` searches each ending's closing words once and the support shown once per
/// set of flags, not again at every end state: a dialogue with flags reaches each ending once per set,
/// so searching per state costs the endings times the sets (1.5 times the whole parse on a generated
/// 1 MB dialogue, issue 19). Tested by size: the searches are counted, not timed.
@Suite struct EndingMentionsCostTests {
    /// `flags` yes-or-no questions, each setting a flag, then a choice of `endings` endings whose
    /// closing words do not name Childline (only the support does, so both searches are needed).
    static func dialogue(flags: Int, endings: Int) -> String {
        var yaml = """
            title: Flags
            start: q0
            contacts:
              Childline: [0800 1111]
            guarantees:
              every-ending-mentions: [Childline]
            support:
              - Childline on 0800 1111.
            nodes:

            """
        for index in 0..<flags {
            yaml += "  q\(index):\n    ask: Flag \(index)?\n    choices:\n"
            yaml += "      - label: \"Yes\"\n        set: f\(index)\n        go: q\(index + 1)\n"
            yaml += "      - label: \"No\"\n        go: q\(index + 1)\n"
        }
        yaml += "  q\(flags):\n    ask: Which end?\n    choices:\n"
        for index in 0..<endings { yaml += "      - label: End \(index)\n        go: end\(index)\n" }
        for index in 0..<endings { yaml += "  end\(index):\n    end: Goodbye \(index).\n" }
        return yaml
    }

    @Test(arguments: [(4, 3), (8, 5)])
    func searchesGrowWithTheEndingsPlusTheSetsOfFlags(flags: Int, endings: Int) throws {
        let dialogue = try #require(loadDialogue(Self.dialogue(flags: flags, endings: endings)).dialogue)
        let paths = ConversationPaths(dialogue)
        let endStates = paths.states.indices.filter { paths.node(at: $0)?.ending != nil }.count
        #expect(paths.flagSetCount == 1 << flags)
        #expect(endStates == endings << flags)
        let (findings, searches) = GuaranteeProver(dialogue: dialogue).everyEndingMentionsCounting(paths)
        #expect(findings.isEmpty)
        #expect(searches == endings + paths.flagSetCount)
    }
}
