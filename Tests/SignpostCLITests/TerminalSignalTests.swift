import Foundation
import TestSupport
import Testing

/// Ctrl-C, Ctrl-\ and a terminal resize at the prompt, on a pseudo-terminal.
///
/// Each test runs the debug binary beside the tests and, when `SIGNPOST_RELEASE_BINARY` names one, the
/// release binary too: the release build once held two copies of the shim's state and its Ctrl-C
/// handler read the one never set, which the debug build did not show. `.ci/run` builds with
/// `swift build -c release` and sets the variable.
@Suite(.serialized) struct TerminalSignalTests {
    static var binaries: [URL] {
        var binaries = [SignpostProcess.executable]
        if let release = ProcessInfo.processInfo.environment["SIGNPOST_RELEASE_BINARY"], !release.isEmpty {
            binaries.append(URL(fileURLWithPath: release))
        }
        return binaries
    }

    @Test(arguments: binaries)
    func ctrlCMidLineClearsTheLine(binary: URL) throws {
        let terminal = try PseudoTerminal(executable: binary)
        var mark = try terminal.waitFor("4. Not sure")
        mark = try terminal.waitFor("> ", after: mark)
        terminal.send("hel")
        mark = try terminal.waitFor("hel", after: mark)
        terminal.send("\u{03}")
        mark = try terminal.waitFor("> ", after: mark)
        terminal.send("no\r")
        mark = try terminal.waitFor("Who are you to the child?", after: mark)
        // Not cleared, the line would have been "helno", which no answer matches.
        #expect(!terminal.screen.contains("helno"), "the cleared 'hel' must not be part of the answer")
        #expect(!terminal.screen.contains("did not understand"))
        #expect(try terminal.quit() == 0)
    }

    @Test(arguments: binaries)
    func ctrlCAtAnEmptyPromptDrawsANewPrompt(binary: URL) throws {
        let terminal = try PseudoTerminal(executable: binary)
        var mark = try terminal.waitFor("4. Not sure")
        mark = try terminal.waitFor("> ", after: mark)
        terminal.send("\u{03}")
        mark = try terminal.waitFor("> ", after: mark)
        terminal.send("no\r")
        try terminal.waitFor("Who are you to the child?", after: mark)
        #expect(try terminal.quit() == 0)
    }

    @Test(arguments: binaries)
    func ctrlBackslashDoesNotCrash(binary: URL) throws {
        let terminal = try PseudoTerminal(executable: binary)
        var mark = try terminal.waitFor("4. Not sure")
        mark = try terminal.waitFor("> ", after: mark)
        terminal.send("\u{1C}")
        terminal.send("no\r")
        mark = try terminal.waitFor("Who are you to the child?", after: mark)
        mark = try terminal.waitFor("> ", after: mark)
        terminal.send("\u{1C}")
        #expect(try terminal.quit() == 0)
        #expect(!terminal.screen.contains("Press space"))
        #expect(!terminal.screen.contains("Crash"))
        #expect(!terminal.screen.contains("Quit"))
    }

    @Test func wrapWidthFollowsAResize() throws {
        let terminal = try PseudoTerminal(executable: SignpostProcess.executable)
        var mark = try terminal.waitFor("4. Not sure")
        mark = try terminal.waitFor("> ", after: mark)
        let before = Self.visibleLines(String(terminal.screen[..<mark]))
        #expect(before.contains { $0.count > 60 }, "at 80 columns the first question's help fills a long line")

        terminal.resize(columns: 30)
        terminal.send("no\r")
        mark = try terminal.waitFor("Who are you to the child?", after: mark)
        let reply = try terminal.waitFor("> ", after: mark)
        let after = Self.visibleLines(String(terminal.screen[mark..<reply]))
        #expect(after.count > 3)
        #expect(after.allSatisfy { $0.count <= 30 }, "wrapped to the new width: \(after)")
        #expect(try terminal.quit() == 0)
    }

    /// The screen's lines with terminal control sequences taken out.
    static func visibleLines(_ screen: String) -> [String] {
        var text = ""
        var scalars = screen.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if scalar == "\u{1B}" {
                // CSI: ESC [ parameters final-byte; other escapes are two characters.
                guard let next = scalars.next(), next == "[" else { continue }
                while let byte = scalars.next(), !(0x40...0x7E).contains(byte.value) {}
                continue
            }
            if scalar == "\r" { continue }
            text.unicodeScalars.append(scalar)
        }
        return text.split(separator: "\n").map(String.init)
    }
}
