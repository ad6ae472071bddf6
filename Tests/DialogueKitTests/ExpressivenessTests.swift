import Testing

@testable import DialogueKit

/// What real decision trees need beyond flags on choices: `next` that depends on earlier answers, and
/// `sources` and `reviewed` for each node and each included file.
@Suite struct ExpressivenessTests {
    static let routed = """
        title: Routes
        reviewed: 2026-11-01
        sources: [A source]
        start: age
        nodes:
          age:
            ask: How old is the child?
            choices:
              - label: Under 13
                set: under-13
                go: advice
              - label: 13 to 17
                go: advice
              - label: "18 or over"
                set: adult
                go: advice
          advice:
            say: Keep the web address, never the image.
            next:
              - when: under-13
                go: young-end
              - unless: adult
                go: teen-end
              - go: adult-end
          young-end:
            end: Young.
          teen-end:
            end: Teen.
          adult-end:
            end: Adult.
        """

    @Test(arguments: [("1", "young-end"), ("2", "teen-end"), ("3", "adult-end")])
    func nextFollowsTheFirstRouteWhoseConditionHolds(answer: String, end: String) throws {
        let dialogue = try #require(loadDialogue(Self.routed).dialogue)
        var conversation = Conversation(dialogue)
        conversation.type(answer)
        #expect(conversation.step.events.contains(.ended(node: end)))
    }

    @Test func routesAreEdgesWithTheirConditions() throws {
        let dialogue = try #require(loadDialogue(Self.routed).dialogue)
        let edges = try #require(dialogue.node("advice")).edges
        #expect(edges.map(\.target.id) == ["young-end", "teen-end", "adult-end"])
        #expect(edges.map(\.condition) == [Condition(when: ["under-13"]), Condition(unless: ["adult"]), .always])
        #expect(
            DialogueChecker(dialogue: dialogue, today: CalendarDate(year: 2026, month: 11, day: 25)).findings().isEmpty)
    }

    @Test func picturesShowEachRouteWithItsCondition() throws {
        let dialogue = try #require(loadDialogue(Self.routed).dialogue)
        let dot = GraphFormat.dot.renderer.render(dialogue)
        #expect(dot.contains("  \"advice\" -> \"young-end\" [label=\"when under-13\"];\n"))
        #expect(dot.contains("  \"advice\" -> \"teen-end\" [label=\"unless adult\"];\n"))
        #expect(dot.contains("  \"advice\" -> \"adult-end\";\n"))
        #expect(OutlineRenderer().render(dialogue).contains("(when under-13) -> young-end"))
    }

    @Test func aRouteListNeedsADefaultAtTheEnd() {
        let noDefault = loadDialogue(Self.routed.replacingOccurrences(of: "      - go: adult-end\n", with: ""))
        #expect(
            diagnosticLines(noDefault) == [
                "main.yaml:20:7: error: the 'next' list needs a last route with only 'go', for when no 'when' or 'unless' applies"
            ])
        let defaultFirst = loadDialogue(
            Self.routed.replacingOccurrences(of: "      - go: adult-end\n", with: "")
                .replacingOccurrences(of: "    next:\n", with: "    next:\n      - go: adult-end\n"))
        #expect(
            diagnosticLines(defaultFirst) == [
                "main.yaml:21:9: error: this route is never taken: the route to 'adult-end' before it has no 'when' or 'unless', "
                    + "so it is always taken first; move the route without a condition to the end",
                "main.yaml:23:9: error: this route is never taken: the route to 'adult-end' before it has no 'when' or 'unless', "
                    + "so it is always taken first; move the route without a condition to the end",
            ])
        let unknown = loadDialogue(Self.routed.replacingOccurrences(of: "go: teen-end", with: "go: teen-ned"))
        #expect(
            diagnosticLines(unknown) == [
                "main.yaml:23:13: error: there is no node called 'teen-ned'; did you mean 'teen-end'?"
            ])
    }

    @Test func aCircleThroughAConditionalRouteIsFound() throws {
        let circular =
            Self.routed.replacingOccurrences(of: "go: young-end", with: "go: again")
            + "\n  again:\n    say: Once more.\n    next: advice\n"
        let dialogue = try #require(loadDialogue(circular).dialogue)
        let findings = DialogueChecker(dialogue: dialogue, today: CalendarDate(year: 2026, month: 11, day: 25))
            .findings()
        #expect(
            findings.map(\.message).contains(
                "these messages lead round in a circle with no question to stop at: advice → again → advice"))
    }

    static let part = """
        sources: [NSPCC guidance]
        reviewed: 2024-01-10
        nodes:
          removal:
            say: Ask for it to be removed.
            reviewed: 2025-03-01
            sources: [IWF]
            next: finish
          finish:
            end: Done.
        """

    static let main = """
        title: Parts
        reviewed: 2026-11-01
        sources: [A source]
        start: first
        include: part.yaml
        nodes:
          first:
            ask: Ready?
            choices:
              - "Yes": removal
        """

    @Test func staleReviewDatesAreReportedPerFileAndPerNode() throws {
        let loaded = loadDialogue(Self.main, others: ["part.yaml": Self.part])
        let dialogue = try #require(loaded.dialogue, "\(diagnosticLines(loaded))")
        #expect(dialogue.partProvenance.map(\.sources) == [["NSPCC guidance"]])
        #expect(dialogue.node("removal")?.provenance?.sources == ["IWF"])
        let findings = DialogueChecker(dialogue: dialogue, today: CalendarDate(year: 2026, month: 11, day: 25))
            .findings().map {
                "\($0.source.file):\($0.source.range.start.line): \($0.severity.rawValue): \($0.message)"
            }
        #expect(
            findings == [
                "part.yaml:2: warning: the advice in part.yaml was last reviewed on 2024-01-10, more than twelve months ago; check it and update the file's 'reviewed'",
                "part.yaml:6: warning: the advice in node 'removal' was last reviewed on 2025-03-01, more than twelve months ago; check it and update its 'reviewed'",
            ])
        let notADate = loadDialogue(
            Self.main,
            others: ["part.yaml": Self.part.replacingOccurrences(of: "reviewed: 2025-03-01", with: "reviewed: March")])
        let checked = DialogueChecker(
            dialogue: try #require(notADate.dialogue), today: CalendarDate(year: 2026, month: 11, day: 25)
        ).findings()
        #expect(checked.map(\.message).contains("'reviewed' should be a date written YYYY-MM-DD, not 'March'"))
    }
}
