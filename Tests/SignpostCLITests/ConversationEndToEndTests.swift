import Foundation
import TestSupport
import Testing

/// The built binary with piped standard input, as a script or a tester would run it.
@Suite struct ConversationEndToEndTests {
    @Test func emergencyCommandShowsTheAdviceAndEndsWithThePlan() throws {
        let result = try SignpostProcess.run([], input: "999\n")
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty)
        #expect(result.standardOutput.hasPrefix("Is the child in immediate danger right now?\n"))
        #expect(result.standardOutput.contains("call 999 now and ask for the police."))
        #expect(
            result.standardOutput.contains("call 999\nand ask for an ambulance, or take them to A&E. Stay with them."))
        #expect(result.standardOutput.contains("When you are ready, press Enter to carry on."))
        // Looking at the advice is not saying there is danger: the plan stays empty.
        #expect(result.standardOutput.contains("Your action plan\nNo steps yet.\n"))
        #expect(
            result.standardOutput.hasSuffix(
                "  - Report online grooming or sexual abuse of a child: CEOP, ceop.police.uk\n\n"))
    }

    @Test func immediateDangerPath() throws {
        let result = try SignpostProcess.run(["run"], input: "yes\n\n")
        #expect(result.status == 0)
        let output = result.standardOutput
        #expect(output.contains("call 999 now and ask for the police."))
        #expect(output.contains("When you are ready, press Enter to carry on.\n\nWho are you to the child?"))
        // Piped input ran out in the middle: the conversation ends as Ctrl-D would, with the plan and support.
        #expect(output.contains("Ending here. This is what you have so far."))
        #expect(output.contains("Childline (up to age 19): 0800 1111, free, 24 hours, childline.org.uk"))
    }

    @Test func sextortionPath() throws {
        let result = try SignpostProcess.run([], input: "no\nparent\nthreats\nshe's 14\n3\n")
        #expect(result.status == 0)
        let output = result.standardOutput
        for advice in [
            "This is never the child's fault.", "Do not pay. If money has already been paid, do not pay any more.",
            "Stop replying, and block the person.", "Do not delete the messages.",
            // Where to report comes once the age is known (never CEOP at 18).
            "How old is the child now?", "Report it to CEOP, the Child Exploitation",
            "Report Remove, from Childline and the Internet Watch Foundation", "They choose the age band \"13 to 15\"",
            "That is everything for now.",
        ] {
            #expect(output.contains(advice), "missing: \(advice)")
        }
        #expect(
            output.contains(
                "  1. Tell the child it is not their fault. Do not pay, or pay no more.\n  2. Stop replying and block; keep messages, usernames and payment details.\n"
            ))
        // The threats were named already: no question about them, and one report step, not two.
        #expect(!output.contains("Is an adult, or someone the child only knows online, involved?"))
        let plan =
            output.components(separatedBy: "Your action plan\n").last?.components(separatedBy: "Where to get support")
            .first ?? ""
        #expect(plan.components(separatedBy: "CEOP").count == 2, "the plan names CEOP once: \(plan)")
        #expect(!output.contains("As the Designated Safeguarding Lead"))
        #expect(!output.contains("Tell your Designated Safeguarding Lead"))
    }

    @Test func schoolStaffPath() throws {
        let result = try SignpostProcess.run([], input: "no\n2\n4\n")
        #expect(result.status == 0)
        let output = result.standardOutput
        #expect(output.contains("Tell your Designated Safeguarding Lead (DSL) now, before you do anything else."))
        #expect(output.contains("do not ask a young person to show it to you"))
        #expect(output.contains("UKCIS guidance \"Sharing nudes and semi-nudes\""))
        #expect(output.contains("Tell the\nDSL that it is on your device"))
        #expect(output.contains("  1. Tell your DSL now, before anything else. The DSL leads from here.\n"))
        // Staff leave finding, listing and removing the image to the DSL.
        for removal in ["web address", "iwf.org.uk", "Try to gather a list", "Report Remove"] {
            #expect(!output.contains(removal), "staff were shown: \(removal)")
        }
    }

    @Test func brokenDialogueGivesItsPlaceAndASuggestion() throws {
        let folder = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("broken.yaml")
        try Data(
            "title: Broken\nstart: danger\nnodes:\n  danger:\n    ask: Safe?\n    choices:\n      - Yes: emergncy\n  emergency:\n    end: Call 999.\n"
                .utf8
        ).write(to: file)
        let result = try SignpostProcess.run(["run", "--dialogue", "broken.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(
            result.standardError == """
                broken.yaml:7:14: error: there is no node called 'emergncy'; did you mean 'emergency'? [SP224]
                      - Yes: emergncy
                             ^~~~~~~~
                1 error: the dialogue cannot be used until it is fixed.

                """)
    }

    @Test func worksFromAnyFolderWithTheBuiltInDialogue() throws {
        let result = try SignpostProcess.run([], input: "quit\n", in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("Ending here."))
    }

    @Test func binaryAndHugeInputIsHandled() throws {
        let huge = String(repeating: "y", count: 100_000)
        let result = try SignpostProcess.run([], input: "\u{FFFD}\u{01}\n\(huge)\nyes\n")
        #expect(result.status == 0)
        // Not understood at the danger question: the emergency advice comes at once (it fails safe).
        #expect(result.standardOutput.contains("I could not be sure what"))
        #expect(result.standardOutput.contains("That line is too long (100000 characters)."))
        #expect(result.standardOutput.contains("call 999 now"))
    }

    @Test func helpAndVersion() throws {
        let help = try SignpostProcess.run(["--help"])
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("USAGE: signpost <subcommand>"))
        #expect(help.standardOutput.contains("run (default)"))
        let version = try SignpostProcess.run(["--version"])
        #expect(version.standardOutput == "0.1.0\n")
    }
}
