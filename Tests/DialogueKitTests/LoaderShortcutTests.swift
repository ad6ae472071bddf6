import Testing

@testable import DialogueKit

/// The loader takes the tree apart as it reads it (so that a large dialogue's tree is let go node by node)
/// and gives exactly what reading a shared tree gives.
@Suite struct LoaderShortcutTests {
    /// A caller that keeps its copy of the parsed files keeps each tree whole: the load takes the tree
    /// out of its own copy, and taking parts out of a shared tree copies them.
    @Test func loadingFromParsedFilesLeavesTheirTreeWhole() throws {
        let text = DialogueLoaderTests.minimal
        let source = SourceFile(name: "main.yaml", text: text)
        var parsed = ParsedFiles()
        let before = try parsed.parse(source).get()
        let loaded = DialogueLoader(files: InMemoryFiles(["main.yaml": text]), parsed: parsed).load("main.yaml")
        #expect(loaded.dialogue?.nodes.map(\.id) == ["first", "done"])
        let after = try parsed.takeDocument(for: source).get()
        #expect(after == before)
        #expect(after.root?.mapping?.first { $0.key == "nodes" }?.value.mapping?.count == 2)
    }

    /// Loaded with and without a workspace's parsed files, the same dialogue and the same diagnostics.
    @Test func ownedAndSharedTreesLoadAlike() throws {
        // An unknown key and a route to a node that does not exist: two diagnostics.
        let text = DialogueLoaderTests.minimal + "\n    colour: red\n  lost:\n    next: nowhere"
        let source = SourceFile(name: "main.yaml", text: text)
        var parsed = ParsedFiles()
        parsed.parse(source)
        let files = InMemoryFiles(["main.yaml": text])
        let owned = DialogueLoader(files: files).load("main.yaml")
        let shared = DialogueLoader(files: files, parsed: parsed).load("main.yaml")
        #expect(diagnosticLines(owned) == diagnosticLines(shared))
        #expect(diagnosticLines(owned).count >= 2)
    }
}
