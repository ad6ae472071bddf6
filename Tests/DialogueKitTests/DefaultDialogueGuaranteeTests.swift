import DialogueKit
import Foundation
import TestSupport
import Testing

/// The default dialogue is clean under `check`, and breaking each of its guarantees in a copy is caught,
/// with a conversation that shows the break.
@Suite struct DefaultDialogueGuaranteeTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 25)

    /// The default dialogue's files, with one replacement made in the main file.
    private func findings(replacing old: String, with new: String) throws -> [CheckFinding] {
        var files: [String: String] = [:]
        for name in ["signpost.yaml", "removal.yaml"] {
            files["Dialogues/" + name] = try String(contentsOf: packageRoot.appendingPathComponent("Dialogues/" + name), encoding: .utf8)
        }
        let main = try #require(files["Dialogues/signpost.yaml"])
        #expect(main.contains(old), "test setup: '\(old)' is not in the dialogue")
        files["Dialogues/signpost.yaml"] = main.replacingFirst(old, with: new)
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
        // Limiting the command by a flag breaks it wherever that flag can be set.
        let found = try findings(replacing: "    go: emergency\n    help:", with: "    go: emergency\n    unless: school\n    help:")
        let broken = try #require(found.first { $0.message.hasPrefix("the guarantee 'works-everywhere' is broken") })
        #expect(broken.message == "the guarantee 'works-everywhere' is broken: typing '999' at 'what-happened' does not show 'emergency'; this conversation shows it:")
        #expect(broken.details == [
            "1. at 'danger', answer 'No'", "2. at 'who', answer 'I work at their school or college'", "3. 'school-dsl' shows its message",
            "4. 'what-happened' waits for an answer",
        ])
    }

    @Test func everyEndingMustMentionChildlineAndTheNSPCC() throws {
        let found = try findings(
            replacing: "  - \"NSPCC helpline for adults: 0808 800 5000, or email help@nspcc.org.uk. You do not have to give your name.\"",
            with: "  - text: \"NSPCC helpline for adults: 0808 800 5000, or email help@nspcc.org.uk. You do not have to give your name.\"\n    when: school")
        let broken = try #require(found.first { $0.message.hasPrefix("the guarantee 'every-ending-mentions' is broken") })
        #expect(broken.message.contains("the ending at 'finish' does not mention NSPCC helpline (0808 800 5000, help@nspcc.org.uk)"))
        #expect(broken.details.first == "1. at 'danger', answer 'No'")
        #expect(broken.details.last?.hasSuffix("'finish' ends the conversation") == true)
        #expect(broken.details.contains("2. at 'who', answer 'I am their parent or carer'"))
    }
}
