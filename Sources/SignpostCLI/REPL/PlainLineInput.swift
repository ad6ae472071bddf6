/// Plain lines from standard input, for pipes and scripts: no prompt, no echo, no editing.
struct PlainLineInput: LineInput {
    mutating func readLine(prompt: String) -> String? {
        Swift.readLine(strippingNewline: true)
    }

    mutating func setCompletions(_ candidates: [String]) {}
}
