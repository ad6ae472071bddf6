import Foundation
import TestSupport
import Testing

@testable import DialogueKit

/// The default dialogue is clean under `check`, and breaking each of its guarantees in a copy is caught,
/// with a conversation that shows the break.
@Suite struct DefaultDialogueGuaranteeTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 25)

    /// The default dialogue's files, with one replacement made in one of them (the main file unless named).
    private func findings(
        replacing old: String, with new: String, in file: String = "signpost.yaml",
        andInLexicon lexiconEdit: (old: String, new: String)? = nil
    ) throws -> [CheckFinding] {
        var files: [String: String] = [:]
        for name in ["signpost.yaml", "school.yaml", "removal.yaml", "situations.yaml", "lexicon.en.yaml"] {
            files["Dialogues/" + name] = try String(
                contentsOf: packageRoot.appendingPathComponent("Dialogues/" + name), encoding: .utf8)
        }
        let changed = try #require(files["Dialogues/" + file])
        #expect(changed.contains(old), "test setup: '\(old)' is not in \(file)")
        files["Dialogues/" + file] = changed.replacingFirst(old, with: new)
        if let lexiconEdit, let lexicon = files["Dialogues/lexicon.en.yaml"] {
            #expect(lexicon.contains(lexiconEdit.old), "test setup: '\(lexiconEdit.old)' is not in the lexicon")
            files["Dialogues/lexicon.en.yaml"] = lexicon.replacingFirst(lexiconEdit.old, with: lexiconEdit.new)
        }
        let loaded = DialogueLoader(files: InMemoryFiles(files)).load("Dialogues/signpost.yaml")
        guard let dialogue = loaded.dialogue else {
            Issue.record("the changed dialogue does not load: \(diagnosticLines(loaded))")
            return []
        }
        return DialogueChecker(dialogue: dialogue, today: Self.today).findings()
    }

    @Test func theDefaultDialogueIsClean() throws {
        #expect(try findings(replacing: "start: danger", with: "start: danger").map(\.message) == [])
    }

    @Test func firstQuestionMustBeTheDangerQuestion() throws {
        let found = try findings(replacing: "start: danger", with: "start: who")
        let broken = try #require(found.first { $0.message.hasPrefix("the guarantee 'first-question' is broken") })
        #expect(broken.details == ["1. 'who' waits for an answer"])
    }

    @Test func emergencyCommandMustWorkEverywhere() throws {
        // Limiting the command by a flag breaks it wherever that flag can be set. "999" is also one of the
        // lexicon's signs of danger, which at any question shows the same advice (a danger aside), so
        // the guarantee would still hold at questions: the sign is taken out, to see the command's own
        // breach found.
        let found = try findings(
            replacing: "    go: emergency-advice\n    help:",
            with: "    go: emergency-advice\n    unless: staff\n    help:",
            andInLexicon: (old: "emergency, 999, ambulance", new: "emergency, ambulance"))
        let broken = try #require(found.first { $0.message.hasPrefix("the guarantee 'works-everywhere' is broken") })
        #expect(
            broken.message
                == "the guarantee 'works-everywhere' is broken: typing '999' at 'staff-what' does not show 'emergency-advice'; this conversation shows it:"
        )
        #expect(
            broken.details == [
                "1. at 'danger', answer 'No'", "2. at 'who', answer 'I work at their school or college'",
                "3. 'staff-dsl' shows its message",
                "4. 'staff-what' waits for an answer",
            ])
    }

    @Test func everyEndingMustMentionChildlineAndTheNSPCC() throws {
        let found = try findings(
            replacing: "  - \"NSPCC adult helpline: 0808 800 5000, help@nspcc.org.uk (no name needed)\"",
            with:
                "  - text: \"NSPCC adult helpline: 0808 800 5000, help@nspcc.org.uk (no name needed)\"\n    when: staff"
        )
        let broken = try #require(
            found.first { $0.message.hasPrefix("the guarantee 'every-ending-mentions' is broken") })
        #expect(
            broken.message.contains(
                "the ending at 'finish' does not mention NSPCC helpline (0808 800 5000, help@nspcc.org.uk)"))
        #expect(broken.details.first == "1. at 'danger', answer 'No'")
        #expect(broken.details.last?.hasSuffix("'finish' ends the conversation") == true)
        #expect(broken.details.contains("2. at 'who', answer 'I am their parent or carer'"))
    }

    @Test func everyPlanForParentsMustSayNotEvenThePolice() throws {
        // Without the words in the plan of the path for a child who told, the break is shown on that path.
        let found = try findings(
            replacing:
                "never ask to see the image.\n      - Never copy, save, screenshot or send the image to anyone, not even the police.",
            with: "never ask to see the image.\n      - Never copy, save, screenshot or send the image to anyone.")
        let broken = try #require(found.first { $0.message.hasPrefix("the guarantee 'every-plan-includes' is broken") })
        // Shown where the plan first lacks them: `quit` (or `plan`, or `save`) at the next question.
        #expect(
            broken.message
                == "the guarantee 'every-plan-includes' is broken: the plan shown at 'red-flags' with 'staff' and 'no-image' not set (by 'plan', 'quit' or 'save') has no step that says 'not even the police'; this conversation shows it:"
        )
        #expect(
            broken.details == [
                "1. at 'danger', answer 'No'", "2. at 'who', answer 'I am their parent or carer'",
                "3. at 'what-happened', answer 'The child told me an image of them is out of their control'",
                "4. 'told' shows its message", "5. at 'red-flags', type 'quit'",
            ])
        #expect(broken.source.file == "Dialogues/signpost.yaml")
    }

    @Test func theWarningForAForwardedImageIsProvedToo() throws {
        // The forwarded image's own wording carries the words; dropping them breaks that path alone.
        let found = try findings(
            replacing: "      - Never forward or show the image to anyone, not even the police.",
            with: "      - Never forward or show the image to anyone.")
        let broken = try #require(found.first { $0.message.hasPrefix("the guarantee 'every-plan-includes' is broken") })
        #expect(
            broken.details.contains("3. at 'what-happened', answer 'Someone sent me the image, or it is on my phone'"))
        #expect(broken.details.last == "5. at 'red-flags', type 'quit'")
    }

    @Test func everyPlanForStaffMustSayDoNothingMoreWithTheImage() throws {
        let found = try findings(
            replacing: "      - \"Do nothing more with the image: do not look at", with: "      - \"Do not look at",
            in: "school.yaml")
        let broken = try #require(found.first { $0.message.hasPrefix("the guarantee 'every-plan-includes' is broken") })
        #expect(
            broken.message.contains(
                "the plan shown at 'staff-what' with 'staff' set (by 'plan', 'quit' or 'save') has no step that says 'do nothing more with the image'"
            ))
        #expect(
            broken.details == [
                "1. at 'danger', answer 'No'", "2. at 'who', answer 'I work at their school or college'",
                "3. 'staff-dsl' shows its message",
                "4. at 'staff-what', type 'quit'",
            ])
    }

    @Test func staffMustNeverReachTheRemovalSteps() throws {
        let found = try findings(replacing: "        go: staff-told", with: "        go: removal", in: "school.yaml")
        let broken = try #require(found.first { $0.message.hasPrefix("the guarantee 'never-reaches' is broken") })
        #expect(
            broken.message
                == "the guarantee 'never-reaches' is broken: a conversation with 'staff' set reaches 'removal'; this conversation shows it:"
        )
        #expect(
            broken.details == [
                "1. at 'danger', answer 'No'", "2. at 'who', answer 'I work at their school or college'",
                "3. 'staff-dsl' shows its message",
                "4. at 'staff-what', answer 'A child told me an image of them is out of their control'",
                "5. 'removal' shows its message",
            ])
    }

    @Test func staffMustNeverReachTheRemovalStepsByACommandEither() throws {
        // An `anytime` command that shows a removal step would take staff there from any prompt.
        let found = try findings(
            replacing: "anytime:\n",
            with: "anytime:\n  - command: report\n    go: iwf\n    help: how to report an address\n")
        let broken = try #require(found.first { $0.message.hasPrefix("the guarantee 'never-reaches' is broken") })
        #expect(broken.message.contains("a conversation with 'staff' set reaches 'iwf'"))
        #expect(
            broken.details == [
                "1. at 'danger', answer 'No'", "2. at 'who', answer 'I work at their school or college'",
                "3. 'staff-dsl' shows its message",
                "4. at 'staff-what', type 'report'", "5. 'iwf' shows its message",
            ])
    }

    // The guarantees of the situations added in 2026 (situations.yaml): each is broken in a copy and caught.

    @Test func noRemovalStepWhereNoImageExists() throws {
        // A threat to make a fake image that went on to the removal question would ask where an image
        // that does not exist has appeared.
        // The report step's way on, in 'ceop', is the first of these in situations.yaml.
        let found = try findings(
            replacing: "      - when: no-image\n        go: if-image-appears\n      - go: removal-where",
            with: "      - go: removal-where", in: "situations.yaml")
        let broken = try #require(found.first { $0.message.hasPrefix("the guarantee 'never-reaches' is broken") })
        #expect(broken.message.contains("a conversation with 'no-image' set reaches 'removal-where'"))
    }

    @Test func noCEOPForAYoungPersonWhoIs18Now() throws {
        // Sending everyone with an adult involved to 'ceop', whatever their age, is caught at 18.
        let found = try findings(
            replacing: "      - when: abuse\n        unless: adult-now\n        go: ceop",
            with: "      - when: abuse\n        go: ceop", in: "removal.yaml")
        let broken = try #require(found.first { $0.message.hasPrefix("the guarantee 'never-reaches' is broken") })
        #expect(broken.message.contains("a conversation with 'adult-now' set reaches 'ceop'"))
        #expect(broken.details.contains { $0.contains("answer '18 or over") })
    }

    @Test func everyAlteredImagePathSaysItIsTreatedLikeAnyOther() throws {
        let found = try findings(
            replacing: "A fake, edited or AI-made nude of a child is treated like any other. The same steps apply.",
            with: "A fake, edited or AI-made nude of a child counts. The same steps apply.", in: "situations.yaml")
        let broken = try #require(found.first { $0.message.hasPrefix("the guarantee 'every-plan-includes' is broken") })
        #expect(
            broken.message.contains("with 'altered' set")
                && broken.message.contains("has no step that says 'treated like any other'"))
        #expect(broken.details.contains("3. at 'what-happened', answer 'The image is fake, edited or made with AI'"))
    }

    @Test func anAdultWhoForwardedTheImageIsToldToSendItNoFurther() throws {
        let found = try findings(
            replacing:
                "      - Send it no further and show it to no one, not even the police. Ask whoever you sent it to to send\n        it no further.",
            with: "      - Show it to no one, not even the police.", in: "situations.yaml")
        let broken = try #require(found.first { $0.message.hasPrefix("the guarantee 'every-plan-includes' is broken") })
        #expect(
            broken.message.contains("with 'forwarded' set")
                && broken.message.contains("has no step that says 'send it no further'"))
    }

    @Test func whereNoImageExistsThePlanSaysWhatToDoIfOneAppears() throws {
        let found = try findings(
            replacing: "      - \"If an image appears: keep only", with: "      - \"Keep only", in: "situations.yaml")
        let broken = try #require(found.first { $0.message.hasPrefix("the guarantee 'every-plan-includes' is broken") })
        #expect(
            broken.message.contains("with 'no-image' set")
                && broken.message.contains("has no step that says 'if an image appears'"))
    }

    @Test func aParentIsPointedToTheSchoolsDSLWhenTheImageGoesRoundTheSchool() throws {
        let found = try findings(
            replacing:
                "      - text: Tell the school's Designated Safeguarding Lead (DSL), who handles it among its pupils.\n        unless: dsl\n",
            with: "", in: "situations.yaml")
        let broken = try #require(found.first { $0.message.hasPrefix("the guarantee 'every-plan-includes' is broken") })
        #expect(
            broken.message.contains("with 'in-school' set and 'dsl' not set")
                && broken.message.contains("has no step that says 'Designated Safeguarding Lead'"))
    }

    @Test func aChildAskedForImagesIsReportedToCEOP() throws {
        // Reporting only where an image was sent would leave the child asked for images with no report.
        let found = try findings(replacing: "        set: [police, abuse, asked]", with: "        set: [police, asked]")
        let broken = try #require(found.first { $0.message.hasPrefix("the guarantee 'every-plan-includes' is broken") })
        #expect(
            broken.message.contains("with 'asked' set and 'dsl' and 'adult-now' not set")
                && broken.message.contains("has no step that says 'ceop.police.uk'"))
    }
}
