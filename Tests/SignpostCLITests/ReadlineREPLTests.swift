import Foundation
import TestSupport
import Testing

/// The real readline REPL, driven through a pseudo-terminal.
@Suite(.serialized) struct ReadlineREPLTests {
    @Test func answerTabCompletionCtrlCAndCtrlD() throws {
        let terminal = try PseudoTerminal(executable: SignpostProcess.executable)
        var mark = try terminal.waitFor("4. Not sure")
        mark = try terminal.waitFor("> ", after: mark)

        // An answer.
        terminal.send("no\r")
        mark = try terminal.waitFor("Who are you to the child?", after: mark)
        mark = try terminal.waitFor("> ", after: mark)

        // Tab completes the only answer that starts with the typed words.
        terminal.send("I w\t")
        mark = try terminal.waitFor("I work at their school or college", after: mark)

        // Ctrl-C drops the line and gives a fresh prompt; the conversation goes on.
        terminal.send("\u{03}")
        mark = try terminal.waitFor("> ", after: mark)
        terminal.send("4\r")
        mark = try terminal.waitFor("What has happened?", after: mark)
        #expect(
            !terminal.screen.contains("Tell your Designated Safeguarding Lead"),
            "the cleared line must not have been answered")

        // Ctrl-D on an empty line ends the conversation with the plan and where to get support.
        mark = try terminal.waitFor("> ", after: mark)
        terminal.send("\u{04}")
        mark = try terminal.waitFor("Your action plan", after: mark)
        mark = try terminal.waitFor("Where to get support", after: mark)
        // Then, as at an end, the offer to keep the plan, once; a second Ctrl-D leaves.
        mark = try terminal.waitFor("To keep this plan, type save", after: mark)
        try terminal.waitFor("> ", after: mark)
        terminal.send("\u{04}")
        #expect(try terminal.exitStatus() == 0)
    }

    @Test func quitEndsWithThePlan() throws {
        let terminal = try PseudoTerminal(executable: SignpostProcess.executable)
        var mark = try terminal.waitFor("> ")
        terminal.send("quit\r")
        mark = try terminal.waitFor("Ending here. This is what you have so far.", after: mark)
        mark = try terminal.waitFor("Where to get support", after: mark)
        // `quit` leaves at once, with no offer and no Enter asked for.
        #expect(try terminal.exitStatus() == 0)
        #expect(!terminal.screen.contains("To keep this plan"))
    }

    /// `hide` leaves at once: the screen and the scrollback are cleared, nothing else is written, and
    /// the exit status is 0.
    @Test func hideClearsTheScreenAndLeaves() throws {
        let terminal = try PseudoTerminal(executable: SignpostProcess.executable)
        var mark = try terminal.waitFor("> ")
        terminal.send("no\r")
        mark = try terminal.waitFor("Who are you to the child?", after: mark)
        mark = try terminal.waitFor("> ", after: mark)
        let before = terminal.screen.utf8.count
        terminal.send("hide\r")
        #expect(try terminal.exitStatus() == 0)
        let after = String(decoding: terminal.screen.utf8.dropFirst(before), as: UTF8.self)
        #expect(after.contains("\u{1B}[H\u{1B}[2J\u{1B}[3J"))
        let cleared = try #require(after.range(of: "\u{1B}[3J"))
        #expect(after[cleared.upperBound...].isEmpty, "nothing may follow the clearing")
        #expect(!after.contains("plan"))
    }

    /// Two Ctrl-C within a second are the same quick exit.
    @Test func twoQuickCtrlCsHide() throws {
        let terminal = try PseudoTerminal(executable: SignpostProcess.executable)
        _ = try terminal.waitFor("> ")
        let before = terminal.screen.utf8.count
        terminal.send("hel\u{03}")
        // A person's double press: two signals sent in the same instant may arrive as one.
        Thread.sleep(forTimeInterval: 0.2)
        terminal.send("\u{03}")
        #expect(try terminal.exitStatus() == 0)
        #expect(String(decoding: terminal.screen.utf8.dropFirst(before), as: UTF8.self).contains("\u{1B}[3J"))
    }
}
