import Testing

@testable import DialogueKit

/// Loading: a well-formed dialogue becomes a model; every mistake becomes a diagnostic with its place.
@Suite struct DialogueLoaderTests {
    static let minimal = """
        title: Test
        start: first
        nodes:
          first:
            ask: Is it safe?
            choices:
              - Yes: done
              - No: done
          done:
            end: Bye.
        """

    @Test func loadsAShortQuestion() throws {
        let dialogue = try #require(loadDialogue(Self.minimal).dialogue)
        #expect(dialogue.title == "Test")
        #expect(dialogue.start.id == "first")
        #expect(dialogue.nodes.map(\.id) == ["first", "done"])
        let question = try #require(dialogue.node("first")?.question)
        let choices = question.choices
        #expect(question.ask.text == "Is it safe?")
        #expect(choices.map(\.label) == ["Yes", "No"])
        #expect(choices.map(\.target.id) == ["done", "done"])
        #expect(choices[0].source.description == "main.yaml:7")
    }

    @Test func longFormChoicesAndConditionalText() throws {
        let dialogue = try #require(
            loadDialogue(
                """
                title: Test
                start: q
                nodes:
                  q:
                    say:
                      - Always shown.
                      - text: Only for staff.
                        when: staff
                        unless: [parent]
                    plan:
                      - text: Report each address
                        list: urls
                    ask: Who are you?
                    choices:
                      - label: School staff
                        also: [teacher, staff]
                        set: [staff]
                        go: end
                  end:
                    end: Done.
                """
            ).dialogue)
        let node = try #require(dialogue.node("q"))
        #expect(node.say.map(\.text) == ["Always shown.", "Only for staff."])
        #expect(node.say[1].condition == Condition(when: ["staff"], unless: ["parent"]))
        #expect(node.plan.first?.list == "urls")
        let choices = try #require(node.question?.choices)
        #expect(choices[0].synonyms == ["teacher", "staff"])
        #expect(choices[0].sets == ["staff"])
    }

    @Test func unknownNodeGetsASuggestionWithCaret() {
        let result = loadDialogue(
            """
            title: Test
            start: danger
            nodes:
              danger:
                ask: Is the child in danger?
                choices:
                  - Yes: emergncy
                  - No: emergency
              emergency:
                end: Call 999.
            """)
        #expect(result.dialogue == nil)
        #expect(
            renderedDiagnostics(result) == """
                main.yaml:7:14: error: there is no node called 'emergncy'; did you mean 'emergency'? [SP224]
                      - Yes: emergncy
                             ^~~~~~~~

                """)
    }

    @Test func everyProblemIsReportedNotOnlyTheFirst() {
        let result = loadDialogue(
            """
            titel: Test
            start: first
            nodes:
              first:
                ask: Is it safe?
                chioces:
                  - Yes: done
              second:
                say: Hello
              third:
                ask: Where?
                collect: Addresses
                choices: []
              fourth:
                say: ""
                next: first
                help: Not here
            """)
        #expect(
            diagnosticLines(result) == [
                "main.yaml:1:1: error: unknown key 'titel' in the dialogue; did you mean 'title'?",
                "main.yaml:1:1: error: the dialogue needs a 'title'",
                "main.yaml:6:5: error: unknown key 'chioces' in node 'first'; did you mean 'choices'?",
                "main.yaml:4:3: error: the question in node 'first' needs a 'choices'",
                "main.yaml:8:3: error: node 'second' needs one of 'ask', 'collect', 'next' or 'end', so the conversation knows what to do there",
                "main.yaml:12:5: error: node 'third' has both 'ask' and 'collect'; a node does one of these",
                "main.yaml:15:10: error: 'say' is empty; write the text, or remove the key",
                "main.yaml:17:5: error: 'help' does not belong in a message",
            ])
    }

    @Test func aQuestionWithNoWayOn() {
        let result = loadDialogue("title: T\nstart: a\nnodes:\n  a:\n    ask: Safe?\n    choices: []\n")
        #expect(diagnosticLines(result) == ["main.yaml:6:14: error: the question in node 'a' has no choices"])
    }

    @Test func wrongKindsOfValue() {
        let result = loadDialogue(
            """
            title: [not, text]
            start: a
            nodes:
              a:
                ask: Question?
                choices: Yes
            """)
        #expect(
            diagnosticLines(result) == [
                "main.yaml:1:8: error: 'title' should be text",
                "main.yaml:6:14: error: 'choices' should be a list of answers, each on a line starting '- '",
            ])
    }

    @Test func includedFilesAddNodesAndDuplicatesNameBothPlaces() {
        let result = loadDialogue(
            """
            title: Test
            start: a
            include: [parts/more.yaml]
            nodes:
              a:
                say: Hello.
                next: b
            """,
            others: ["parts/more.yaml": "nodes:\n  b:\n    end: Bye.\n  a:\n    end: Again.\n"])
        #expect(
            renderedDiagnostics(result) == """
                parts/more.yaml:4:3: error: there are two nodes called 'a' [SP225]
                  a:
                  ^
                main.yaml:5:3: note: 'a' is first defined here
                  a:
                  ^

                """)
    }

    @Test func includeProblems() {
        let missing = loadDialogue("title: T\nstart: a\ninclude: gone.yaml\nnodes:\n  a:\n    end: x\n")
        #expect(diagnosticLines(missing) == ["main.yaml:3:10: error: cannot include 'gone.yaml': no such file"])
        let cycle = loadDialogue(
            "title: T\nstart: a\ninclude: b.yaml\nnodes:\n  a:\n    end: x\n",
            others: ["b.yaml": "include: main.yaml\nnodes:\n  b:\n    end: y\n"])
        #expect(
            diagnosticLines(cycle) == [
                "b.yaml:1:10: error: 'main.yaml' includes itself, directly or through other files"
            ])
        let broken = loadDialogue(
            "title: T\nstart: a\ninclude: b.yaml\nnodes:\n  a:\n    end: x\n", others: ["b.yaml": "nodes:\n  b: [\n"])
        #expect(
            diagnosticLines(broken) == [
                "b.yaml:2:6: error: this '[' is never closed; add the closing ']' at the end of the list"
            ])
    }

    @Test func anytimeCommandsMustLeadToAMessage() {
        let result = loadDialogue(
            """
            title: Test
            start: a
            anytime:
              - command: "999"
                go: a
              - command: help-me
                goo: a
            nodes:
              a:
                ask: Safe?
                choices:
                  - Yes: a
            """)
        #expect(
            diagnosticLines(result) == [
                "main.yaml:7:5: error: unknown key 'goo' in an 'anytime' command; did you mean 'go'?",
                "main.yaml:6:5: error: an 'anytime' command needs a 'go'",
                "main.yaml:5:9: error: the command '999' leads to 'a', which is not a message node (one with 'say' and 'next')",
            ])
    }

    @Test func parseErrorsComeThroughWithTheirPlace() {
        let result = loadDialogue("title: Test\n\tstart: a\n")
        #expect(diagnosticLines(result) == ["main.yaml:2:1: error: a tab is used for indentation; indent with spaces"])
    }

    @Test func missingMainFileAndEmptyFile() {
        let missing = DialogueLoader(files: InMemoryFiles([:])).load("none.yaml")
        #expect(diagnosticLines(missing) == ["none.yaml: error: no such file"])
        #expect(diagnosticLines(loadDialogue("# nothing\n")) == ["main.yaml: error: the file is empty"])
    }

    @Test func theDefaultDialogueLoads() throws {
        let dialogue = try defaultDialogue()
        #expect(dialogue.start.id == "danger")
        #expect(dialogue.nodes.count > 15)
        #expect(dialogue.reviewed != nil)
        #expect(!dialogue.sources.isEmpty)
    }

    /// A question's fail-safe advice is checked like any other target: an unknown name is an error
    /// there too, though the advice is not a way on.
    @Test func anUnknownFailSafeTargetIsReported() {
        let yaml = """
            title: T
            start: q
            nodes:
              q:
                ask: In danger?
                if-unclear: advise
                choices:
                  - label: "Yes"
                    go: advice
                  - label: "No"
                    safe: true
                    go: advice
              advice:
                end: Call 999.
            """
        let unknown = diagnosticLines(loadDialogue(yaml)).filter { $0.contains("there is no node called 'advise'") }
        #expect(unknown.count == 1, "\(diagnosticLines(loadDialogue(yaml)))")
    }
}
