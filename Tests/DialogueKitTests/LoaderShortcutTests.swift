import Testing

@testable import DialogueKit

/// The loader's shortcuts (text read by bytes, node targets without building edges, the tree taken apart
/// as it is read) give exactly what the plain ways gave.
@Suite struct LoaderShortcutTests {
    /// Texts whose last characters or first character are unusual: CR LF is one `Character`, a combining
    /// mark joins the letter before it, and non-ASCII whitespace exists.
    static let awkwardTexts = [
        "", "\n", "\n\n", "a", "a\n", "a\n\n\n", "a\r\n", "a\r\n\n", "a\n\r\n", "\r\n", "é\n", "a\u{301}\n",
        " ", "\t\n ", "\u{85}", "\u{3000}x", "\u{A0}", " a", "a ", "\u{301}", "-", "~", "\u{7F}", "\u{0B}\u{0C}",
    ]

    @Test(arguments: awkwardTexts)
    func trimmingMatchesRemovingNewlineCharacters(_ text: String) {
        var expected = text
        while expected.last == "\n" { expected.removeLast() }
        #expect(text.trimmingTrailingNewlines() == expected)
    }

    @Test(arguments: awkwardTexts)
    func blankTextMatchesEveryCharacterBeingWhitespace(_ text: String) {
        #expect(text.isEmptyOrWhitespace == text.allSatisfy(\.isWhitespace))
    }

    @Test func targetsFollowEdgesForEveryNodeOfTheDefaultDialogue() throws {
        let dialogue = try defaultDialogue()
        #expect(dialogue.nodes.count > 10)
        for node in dialogue.nodes {
            var targets: [NodeReference] = []
            node.forEachTarget { targets.append($0) }
            // A question's fail-safe advice is shown without moving on: a target, not a way on.
            let failSafe = node.question?.ifUnclear.map { [$0] } ?? []
            #expect(targets == node.edges.map(\.target) + failSafe, "node \(node.id)")
        }
    }

    @Test func targetsFollowEdgesForRoutesAndCollections() throws {
        let dialogue = try #require(
            loadDialogue(
                """
                title: Test
                start: first
                nodes:
                  first:
                    say: Hello.
                    next:
                      - go: list
                        when: [flag]
                      - go: done
                  list:
                    collect: Which addresses?
                    next: done
                  done:
                    end: Bye.
                """
            ).dialogue)
        for node in dialogue.nodes {
            var targets: [NodeReference] = []
            node.forEachTarget { targets.append($0) }
            #expect(targets == node.edges.map(\.target), "node \(node.id)")
        }
    }

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
