import DialogueKit
import Foundation

/// Standard output and standard error, and whether each may be coloured.
///
/// Colour is used only on a terminal, never when `NO_COLOR` is set or `TERM` is `dumb`.
struct Console {
    var colorOnStandardError: Bool
    var colorOnStandardOutput: Bool

    static var standard: Console {
        let environment = ProcessInfo.processInfo.environment
        let allowed = environment["NO_COLOR"].map(\.isEmpty) ?? true && environment["TERM"] != "dumb"
        return Console(
            colorOnStandardError: allowed && isatty(STDERR_FILENO) == 1,
            colorOnStandardOutput: allowed && isatty(STDOUT_FILENO) == 1)
    }

    /// Prints to standard output. A failed write ends the program (see `StandardStreams`), never a crash.
    func write(_ text: String) {
        StandardStreams.writeOutput(text)
    }

    func writeError(_ text: String) {
        StandardStreams.writeError(text)
    }

    /// Prints diagnostics to standard error, quoting lines from `sources`.
    func report(_ diagnostics: [Diagnostic], sources: [SourceFile]) {
        writeError(Self.rendered(diagnostics, sources: sources, color: colorOnStandardError))
    }

    /// Diagnostics as text, painted when `color` is set.
    static func rendered(_ diagnostics: [Diagnostic], sources: [SourceFile], color: Bool) -> String {
        let renderer = DiagnosticRenderer()
        return diagnostics.map { diagnostic in
            let spans = renderer.spans(diagnostic) { name in sources.first { $0.name == name } }
            return spans.map { color ? TerminalStyle.paint($0) : $0.text }.joined()
        }.joined()
    }
}
