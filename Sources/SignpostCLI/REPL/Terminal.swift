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
            return ConversationSession(
                engine: engine, input: PlainLineInput(), formatter: ReplyFormatter(width: 80), write: console.write)
        }
        let width = Int(signpost_terminal_width())
        let formatter = ReplyFormatter(width: width > 0 ? min(width, 100) : 80)
        var session = ConversationSession(engine: engine, input: ReadlineInput(), formatter: formatter, write: console.write)
        session.painted = console.colorOnStandardOutput
        session.blankLineAfterInput = true
        return session
    }
}
