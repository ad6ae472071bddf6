/// Where the adult's lines come from: readline on a terminal, plain standard input otherwise.
protocol LineInput {
    /// The next line without its line break, or `nil` when input has ended (Ctrl-D, end of a pipe).
    mutating func readLine(prompt: String) -> String?
    /// The words Tab may complete to at the next prompt.
    mutating func setCompletions(_ candidates: [String])
}
