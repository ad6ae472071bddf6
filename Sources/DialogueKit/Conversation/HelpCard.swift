/// What can be typed at a prompt: the answers offered, then the commands.
package struct HelpCard: Hashable, Sendable {
    /// The answers, in order (their numbers are their positions from 1); empty at a collection prompt.
    package let options: [String]
    /// What else can be typed.
    package let commands: [Command]

    /// One thing the adult can type besides an answer.
    package enum Command: Hashable, Sendable {
        /// An empty line, which finishes a list.
        case finishList
        /// Enter, which carries on after a pause.
        case carryOn
        case builtIn(BuiltInCommand)
        /// The dialogue's own command, with the help its authors wrote for it.
        case anytime(name: String, help: String)
    }

    package init(options: [String], commands: [Command]) {
        self.options = options
        self.commands = commands
    }
}
