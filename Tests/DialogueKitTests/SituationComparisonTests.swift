import Foundation
import TestSupport
import Testing

@testable import DialogueKit

/// `SituationComparison` shows exactly what an edit changed: in the plans, the support and the
/// guarantees, grouped where one change reaches many situations.
@Suite struct SituationComparisonTests {
    private static let names = ["signpost.yaml", "school.yaml", "removal.yaml", "situations.yaml", "lexicon.en.yaml"]

    /// The shipped dialogue with each (file, old, new) replacement made.
    private func dialogue(_ edits: [(String, String, String)] = []) throws -> Dialogue {
        var files: [String: String] = [:]
        for name in Self.names {
            files["Dialogues/" + name] = try String(
                contentsOf: packageRoot.appendingPathComponent("Dialogues/" + name), encoding: .utf8)
        }
        for (file, old, new) in edits {
            let text = try #require(files["Dialogues/" + file])
            #expect(text.contains(old), "test setup: '\(old)' is not in \(file)")
            files["Dialogues/" + file] = text.replacingOccurrences(of: old, with: new)
        }
        let loaded = DialogueLoader(files: InMemoryFiles(files)).load("Dialogues/signpost.yaml")
        return try #require(loaded.dialogue, "\(diagnosticLines(loaded))")
    }

    @Test func aRewordedStepARemovedChildlineLineAndARemovedGuaranteeAreExactlyWhatIsShown() throws {
        let old = try dialogue()
        let new = try dialogue([
            ("removal.yaml", "Make a list of where the image has appeared", "Write down where the image has appeared"),
            ("signpost.yaml", "  - \"Childline (up to age 19): 0800 1111, free, 24 hours, childline.org.uk\"\n", ""),
            (
                "signpost.yaml", "every-ending-mentions: [Childline, NSPCC helpline]",
                "every-ending-mentions: [NSPCC helpline]"
            ),
        ])
        let comparison = SituationComparison(old: old, new: new)
        #expect(comparison.refusal == nil)
        #expect(comparison.added.isEmpty)
        #expect(comparison.removed.isEmpty)
        #expect(comparison.guarantees.removed.map(\.description) == ["every ending mentions Childline"])
        #expect(
            comparison.guarantees.added.isEmpty && comparison.guarantees.narrowed.isEmpty
                && comparison.guarantees.widened.isEmpty)
        let groups = comparison.editGroups
        #expect(
            groups.map(\.edit) == [
                .init(
                    part: "Support",
                    removed: ["  - Childline (up to age 19): 0800 1111, free, 24 hours, childline.org.uk"], added: []),
                .init(
                    part: "Plan", removed: ["  - Make a list of where the image has appeared and who has received it."],
                    added: ["  - Write down where the image has appeared and who has received it."]),
            ])
        // The support changed at every end; the step only where the plan had it.
        let all = SituationList(old).situations.count
        #expect(groups.first?.situations.count == all)
        let withStep = SituationList(old).situations.filter {
            $0.plan.contains { $0.hasPrefix("Make a list of where") }
        }.count
        #expect(groups.last?.situations.count == withStep)
        let text = ComparisonRenderer().render(comparison, oldName: "old", newName: "new")
        #expect(text.contains("!!! GUARANTEES WEAKENED: 1 removed, 0 narrowed !!!\n"))
        #expect(text.contains("  REMOVED:  every ending mentions Childline\n"))
        #expect(text.contains("\(all) situations changed, 0 added, 0 removed\n2 distinct changes:\n"))
    }

    @Test func anUnchangedDialogueShowsNoChange() throws {
        let comparison = SituationComparison(old: try dialogue(), new: try dialogue())
        #expect(comparison.isEmpty)
    }

    @Test func aGuaranteeNarrowedByAConditionIsCaught() throws {
        let new = try dialogue([
            (
                "signpost.yaml", "    - text: not even the police\n      unless: [staff, no-image]",
                "    - text: not even the police\n      unless: [staff, no-image, forwarded]"
            )
        ])
        let changes = GuaranteeChanges(old: try dialogue(), new: new)
        #expect(changes.isWeakened)
        #expect(changes.removed.isEmpty)
        #expect(
            changes.narrowed.map { "\($0.old) -> \($0.new)" } == [
                "every plan includes 'not even the police' (unless 'staff' or 'no-image' set) -> every plan includes 'not even the police' (unless 'staff' or 'no-image' or 'forwarded' set)"
            ])
    }

    @Test func aNodeTakenOutOfNeverReachesIsARemovedGuarantee() throws {
        let new = try dialogue([
            ("signpost.yaml", "      tags: [removal]\n      nodes: [if-image-appears]", "      tags: [removal]")
        ])
        let changes = GuaranteeChanges(old: try dialogue(), new: new)
        #expect(changes.removed.map(\.description) == ["no conversation reaches 'if-image-appears' (with 'staff' set)"])
    }

    @Test func aTagTakenOffANodeTheGuaranteeCoversIsARemovedGuarantee() throws {
        let new = try dialogue([("removal.yaml", "  gather:\n    tags: [removal]\n", "  gather:\n")])
        let changes = GuaranteeChanges(old: try dialogue(), new: new)
        #expect(changes.removed.map(\.description) == ["no conversation reaches 'gather' (with 'staff' set)"])
    }

    @Test func aWiderGuaranteeIsNotAWeakerOne() throws {
        let new = try dialogue([
            (
                "signpost.yaml", "    - text: send it no further\n      when: forwarded",
                "    - text: send it no further\n      when: []"
            )
        ])
        let changes = GuaranteeChanges(old: try dialogue(), new: new)
        #expect(!changes.isWeakened)
        #expect(changes.widened.count == 1)
    }
}
