import CReadline
import DialogueKit
import Foundation

/// Chooses how to talk to the adult: readline, the terminal's width and colour on a terminal;
/// plain lines at width 80 otherwise.
enum Terminal {
    static var isInteractive: Bool {
        isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    }

    static func session(for engine: ConversationEngine, console: Console) -> ConversationSession {
        guard isInteractive else {
            var session = ConversationSession(
                engine: engine, input: PlainLineInput(), formatter: ReplyFormatter(width: 80), write: console.write)
            // Piped output holds no screen to clear: `hide` just leaves, writing nothing more.
            session.hide = { exit(0) }
            return session
        }
        let formatter = ReplyFormatter(width: wrapWidth())
        var session = ConversationSession(
            engine: engine, input: ReadlineInput(), formatter: formatter, write: console.write)
        session.painted = console.colorOnStandardOutput
        session.screenHeight = { Int(signpost_terminal_height()) }
        session.offersToSaveAtEnd = true
        session.hide = { signpost_hide_and_exit() }
        session.blankLineAfterInput = true
        // Asked afresh at every turn, so text wraps to the window after a resize (SIGWINCH); readline
        // follows the resize itself while it waits for a line.
        session.currentWidth = wrapWidth
        return session
    }

    /// The width to wrap to: the terminal's, at most 100 columns, or 80 when it cannot be told.
    static func wrapWidth() -> Int {
        let width = Int(signpost_terminal_width())
        return width > 0 ? min(width, 100) : 80
    }
}
