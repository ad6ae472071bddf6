import ArgumentParser
import DialogueKit

/// A mistyped command name such as `signpost chek`. Left to ArgumentParser it reads as an unexpected
/// argument to the default command, `run`, and prints `run`'s usage; this says which command was meant.
enum CommandNameGuess {
    /// Every name a first argument may be: the subcommands, and the `help` ArgumentParser adds.
    static var commandNames: [String] {
        SignpostCommand.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
    }

    /// The message for `arguments` (without the program's name), or `nil` when the first argument is a
    /// command, an option, or absent, so ArgumentParser should handle the line as usual.
    static func message(for arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !commandNames.contains(first) else { return nil }
        let shown = VisibleText.make(first)
        let listed = commandNames.filter { $0 != "help" }.joined(separator: ", ")
        if let guess = EditDistance.suggestion(for: first, among: commandNames) {
            return
                "Error: there is no command '\(shown)'; did you mean '\(guess)'?\nThe commands are: \(listed). See 'signpost --help'.\n"
        }
        return "Error: there is no command '\(shown)'.\nThe commands are: \(listed). See 'signpost --help'.\n"
    }
}
