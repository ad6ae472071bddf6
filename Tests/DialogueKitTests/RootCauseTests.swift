import Testing

@testable import DialogueKit

/// One root cause, one error: a part that does not parse is reported once, as part of the dialogue
/// that includes it, without the errors that only follow from it.
@Suite struct RootCauseTests {
    static let main = """
        title: Root cause
        start: first
        include: part.yaml
        nodes:
          first:
            ask: Ready?
            choices:
              - "Yes": removal
              - "No": elsewhere
        """
    static let brokenPart = """
        nodes:
          removal:
            say: "Never closed.
            next: finish
          finish:
            end: Done.
        """

    @Test func routesIntoTheBrokenPartAreNotReportedButOthersAre() {
        let loaded = loadDialogue(Self.main, others: ["part.yaml": Self.brokenPart])
        let lines = diagnosticLines(loaded)
        #expect(
            lines.filter { !$0.hasPrefix("part.yaml:") } == [
                "main.yaml:9:15: error: there is no node called 'elsewhere'"
            ])
        #expect(!lines.contains { $0.contains("'removal'") }, "the broken part defines 'removal'")
        #expect(lines.contains { $0.hasPrefix("part.yaml:") })
    }

    @Test func aMissingPartStillHidesTheRoutesIntoIt() {
        let loaded = loadDialogue(Self.main)
        #expect(diagnosticLines(loaded) == ["main.yaml:3:10: error: cannot include 'part.yaml': no such file"])
    }

    @Test func theWorkspaceReportsTheBrokenPartOnceAndNotAsUnused() {
        let files = InMemoryFiles(["main.yaml": Self.main, "part.yaml": Self.brokenPart])
        let workspace = DialogueWorkspace(candidates: ["main.yaml", "part.yaml"], files: files)
        #expect(workspace.mainDialogues == ["main.yaml"])
        #expect(workspace.unusedParts.isEmpty)
        let alone = DialogueWorkspace(candidates: ["part.yaml"], files: files)
        #expect(
            alone.mainDialogues == ["part.yaml"],
            "a broken file no dialogue includes is checked on its own, so its error is seen")
    }
}
