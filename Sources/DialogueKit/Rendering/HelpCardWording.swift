extension HelpCard.Command {
    /// The command's name and what it does, in the catalogue's words: the one wording of the help card's
    /// commands, which the terminal lays out in columns and the web page as a list.
    package func wording(in catalogue: any MessageCatalogue) -> (name: String, description: String) {
        switch self {
        case .finishList: (catalogue.text(for: .finishListName), catalogue.text(for: .finishListDescription))
        case .carryOn: (catalogue.text(for: .carryOnName), catalogue.text(for: .carryOnDescription))
        case .builtIn(let command): (command.rawValue, catalogue.text(for: .commandDescription(command)))
        case .anytime(let name, let help): (name, help)
        }
    }
}
