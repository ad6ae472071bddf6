import Foundation
import TestSupport
import Testing

/// The real readline REPL, driven through a pseudo-terminal.
@Suite(.serialized) struct ReadlineREPLTests {
    @Test func answerTabCompletionCtrlCAndCtrlD() throws {
        let terminal = try PseudoTerminal(executable: SignpostProcess.executable)
        var mark = try terminal.waitFor("3. Not sure")
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
        terminal.send("3\r")
        mark = try terminal.waitFor("What has happened?", after: mark)
        #expect(!terminal.screen.contains("Designated Safeguarding Lead"), "the cleared line must not have been answered")

        // Ctrl-D on an empty line ends the conversation with the plan and where to get support.
        mark = try terminal.waitFor("> ", after: mark)
        terminal.send("\u{04}")
        mark = try terminal.waitFor("Your action plan", after: mark)
        try terminal.waitFor("Where to get support", after: mark)
        #expect(try terminal.exitStatus() == 0)
    }

    @Test func quitEndsWithThePlan() throws {
        let terminal = try PseudoTerminal(executable: SignpostProcess.executable)
        var mark = try terminal.waitFor("> ")
        terminal.send("quit\r")
        mark = try terminal.waitFor("Ending here. This is what you have so far.", after: mark)
        try terminal.waitFor("Your action plan", after: mark)
        #expect(try terminal.exitStatus() == 0)
    }
}
