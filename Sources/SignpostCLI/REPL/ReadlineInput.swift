import CReadline
import Foundation

/// GNU readline on a terminal: line editing, history for this conversation only (never written to
/// disk), Tab completion of what can be typed at the current prompt, and Ctrl-C clearing the line.
struct ReadlineInput: LineInput {
    init() {
        signpost_readline_setup("signpost", completeLine)
    }

    mutating func readLine(prompt: String) -> String? {
        guard let raw = signpost_readline(prompt) else { return nil }
        defer { free(raw) }
        // Invalid UTF-8 becomes U+FFFD: such a line matches no answer and is answered as not understood.
        let line = String(decoding: UnsafeRawBufferPointer(start: raw, count: strlen(raw)), as: UTF8.self)
        if !line.allSatisfy(\.isWhitespace) { add_history(raw) }
        return line
    }

    mutating func setCompletions(_ candidates: [String]) {
        CompletionCandidates.current = candidates
    }
}

/// Readline's completion entry: offer every candidate that starts with what has been typed.
private func completeLine(
    _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    signpost_completion_done()
    let typed = text.map { String(cString: $0) }?.lowercased() ?? ""
    CompletionCandidates.matches = CompletionCandidates.current.filter { $0.lowercased().hasPrefix(typed) }
    return rl_completion_matches(text, nextMatch)
}

/// Readline's generator: called with state 0, 1, 2... until it returns NULL. Readline frees each string.
private func nextMatch(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    let index = Int(state)
    guard index < CompletionCandidates.matches.count else { return nil }
    return strdup(CompletionCandidates.matches[index])
}
