import Foundation
import TestSupport
import Testing

/// Issue 16: `999` shows the emergency advice at every prompt the adult can meet, on a real terminal of
/// 80x24: every question, list and pause, and "Press Enter for more" between the screens of a long reply.
/// A hundred conversations take random turns (seeded, so a failure can be replayed), and at each prompt
/// `999` is typed first.
@Suite(.serialized) struct EmergencyEverywhereTests {
    /// The release binary when `.ci/run` names one (signals and the readline shim once behaved
    /// differently there), else the debug binary beside the tests.
    static var binary: URL {
        if let release = ProcessInfo.processInfo.environment["SIGNPOST_RELEASE_BINARY"], !release.isEmpty {
            return URL(fileURLWithPath: release)
        }
        return SignpostProcess.executable
    }

    static let advice = "call 999 now and"
    static let prompts = ["> ", "Press Enter for more: "]

    /// A small, fixed pseudo-random sequence (a linear congruential generator), the same on every machine.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }

    @Test func nineNineNineWorksAtEveryPromptOfAHundredConversations() throws {
        var random = Seeded(state: 16)
        var prompts = 0
        var pagerPrompts = 0
        for conversation in 0..<100 {
            let terminal = try PseudoTerminal(executable: Self.binary, rows: 24)
            var mark = try terminal.waitFor("4. Not sure")
            for _ in 0..<Int.random(in: 3...9, using: &random) {
                let prompt: String
                let end: String.Index
                do {
                    (prompt, end) = try terminal.waitFor(anyOf: Self.prompts, after: mark)
                } catch {
                    Issue.record(
                        "conversation \(conversation): \(error); exit status \((try? terminal.exitStatus()).map(String.init) ?? "none")"
                    )
                    return
                }
                prompts += 1
                if prompt != "> " { pagerPrompts += 1 }
                terminal.send("999\r")
                let shown = try terminal.waitFor(anyOf: [Self.advice, "did not understand"], after: end)
                #expect(
                    shown.text == Self.advice,
                    "conversation \(conversation): '999' at '\(prompt)' did not show the advice:\n\(terminal.screen)")
                guard shown.text == Self.advice else { return }
                // Leave the advice (a pause, perhaps over two screens) and take a random turn.
                mark = try leaveTheAdvice(terminal, after: shown.end)
                // At the end, the plan is shown again after the advice, and Enter would leave.
                if terminal.screen[shown.end...].contains("To leave, press Enter.") {
                    #expect(
                        terminal.screen[shown.end...].contains("Your action plan"),
                        "the plan is not lost when 999 cuts it short")
                    break
                }
                let turn = ["1", "2", "3", "", "2", "1"].randomElement(using: &random) ?? "1"
                terminal.send(turn + "\r")
                mark = terminal.screen.endIndex
            }
            terminal.send("x\r")
            _ = try? terminal.exitStatus()
        }
        #expect(prompts >= 300, "at least three prompts a conversation")
        #expect(pagerPrompts > 0, "some prompts were 'Press Enter for more' between screens")
    }

    /// Presses Enter until the conversation is back where it was; returns where the screen then ends.
    private func leaveTheAdvice(_ terminal: PseudoTerminal, after start: String.Index) throws -> String.Index {
        var mark = start
        for _ in 0..<8 {
            let (prompt, end) = try terminal.waitFor(anyOf: Self.prompts, after: mark)
            // Enter at "Press Enter for more" and at the advice's own pause; any other prompt is where
            // the conversation goes on.
            let pause = terminal.screen[mark..<end].contains("press Enter to carry on")
            mark = end
            if prompt == "> ", !pause { return mark }
            terminal.send("\r")
        }
        return mark
    }
}
