/// Lays replies out as lines wrapped to a width, with a blank line after each block.
///
/// `format` gives exactly what piped output and transcripts hold. `lines` gives the same lines with
/// their emphasis, for a front end that shows weight its own way (the terminal's colours live there).
public struct ReplyFormatter: Sendable {
    public let width: Int
    public let catalogue: any MessageCatalogue

    public init(width: Int = 80, catalogue: any MessageCatalogue = EnglishCatalogue()) {
        self.width = max(width, 20)
        self.catalogue = catalogue
    }

    /// The replies as plain text.
    public func format(_ replies: [Reply]) -> String {
        replies.map(format).joined()
    }

    /// One reply as plain text, ending with a blank line.
    public func format(_ reply: Reply) -> String {
        lines(reply).map(\.text).joined(separator: "\n") + "\n\n"
    }

    /// One reply's lines, without the blank line that follows it.
    public func lines(_ reply: Reply) -> [FormattedLine] {
        switch reply {
        case .text(let text), .closing(let text):
            plain(wrap(text))
        case .notice(let notice):
            wrap(catalogue.text(for: notice)).map { FormattedLine($0, .quiet) }
        case .question(let question):
            strong(wrap(question.text)) + plain((question.help.map { wrap($0) } ?? []) + numbered(question.options))
        case .collect(let prompt):
            strong(wrap(prompt.text)) + plain(
                (prompt.help.map { wrap($0) } ?? []) + (prompt.count > 0 ? [catalogue.text(for: .savedSoFar(prompt.count))] : []))
        case .help(let card):
            plain(help(card))
        case .plan(let plan):
            [FormattedLine(catalogue.text(for: .planHeading), .strong)] + plain(steps(plan))
        case .support(let items):
            [FormattedLine(catalogue.text(for: .supportHeading), .strong)]
                + plain(items.flatMap { wrap($0, firstPrefix: "  - ", restPrefix: "    ") })
        case .pause:
            wrap(catalogue.text(for: .pressEnterToCarryOn)).map { FormattedLine($0, .quiet) }
        case .answers(let answers):
            [FormattedLine(catalogue.text(for: .givenAnswersHeading(count: answers.count)), .strong)]
                + plain(answers.enumerated().flatMap { number, given in
                    wrap(given.question, firstPrefix: "  \(number + 1). ", restPrefix: "     ")
                        + wrap(given.answer, firstPrefix: "     > ", restPrefix: "       ")
                } + wrap(catalogue.text(for: .changeHint)))
        }
    }

    private func help(_ card: HelpCard) -> [String] {
        var lines: [String] = []
        if card.options.isEmpty {
            lines.append(catalogue.text(for: .commandsHeading))
        } else {
            lines.append(catalogue.text(for: .answersHeading))
            lines += numbered(card.options)
            lines.append(catalogue.text(for: .otherCommandsHeading))
        }
        let commands = card.commands.map(describe)
        let nameWidth = (commands.map(\.name.count).max() ?? 0) + 2
        for command in commands {
            let name = command.name.padding(toLength: nameWidth)
            lines += wrap(command.description, firstPrefix: "  " + name, restPrefix: String(repeating: " ", count: nameWidth + 2))
        }
        return lines
    }

    private func describe(_ command: HelpCard.Command) -> (name: String, description: String) {
        switch command {
        case .finishList: (catalogue.text(for: .finishListName), catalogue.text(for: .finishListDescription))
        case .carryOn: (catalogue.text(for: .carryOnName), catalogue.text(for: .carryOnDescription))
        case .builtIn(let command): (command.rawValue, catalogue.text(for: .commandDescription(command)))
        case .anytime(let name, let help): (name, help)
        }
    }

    private func steps(_ plan: ActionPlan) -> [String] {
        if plan.steps.isEmpty { return [catalogue.text(for: .emptyPlan)] }
        return plan.steps.enumerated().flatMap { number, step in
            let marker = "\(number + 1). "
            let indent = String(repeating: " ", count: 2 + marker.count)
            return wrap(step.text, firstPrefix: "  " + marker, restPrefix: indent)
                + step.entries.flatMap { wrap(VisibleText.make($0), firstPrefix: indent + "- ", restPrefix: indent + "  ") }
        }
    }

    private func numbered(_ options: [String]) -> [String] {
        var lines: [String] = []
        lines.reserveCapacity(options.count)
        for (number, option) in options.enumerated() {
            lines += wrap(option, firstPrefix: "  " + String(number + 1) + ". ", restPrefix: "     ")
        }
        return lines
    }

    private func wrap(_ text: String, firstPrefix: String = "", restPrefix: String = "") -> [String] {
        TextWrapping.wrap(text, width: width, firstPrefix: firstPrefix, restPrefix: restPrefix)
    }

    private func plain(_ lines: [String]) -> [FormattedLine] { lines.map { FormattedLine($0) } }
    private func strong(_ lines: [String]) -> [FormattedLine] { lines.map { FormattedLine($0, .strong) } }
}

extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
