/// Lays replies out as lines wrapped to a width, with a blank line after each block.
///
/// `format` gives exactly what piped output and transcripts hold. `lines` gives the same lines with
/// their emphasis, for a front end that shows weight its own way (the terminal's colours live there).
package struct ReplyFormatter: Sendable {
    package let width: Int
    package let catalogue: any MessageCatalogue

    package init(width: Int = 80, catalogue: any MessageCatalogue = EnglishCatalogue()) {
        self.width = max(width, 20)
        self.catalogue = catalogue
    }

    /// The replies as plain text.
    package func format(_ replies: [Reply]) -> String {
        replies.map(format).joined()
    }

    /// One reply as plain text, ending with a blank line.
    package func format(_ reply: Reply) -> String {
        lines(reply).map(\.text).joined(separator: "\n") + "\n\n"
    }

    /// One reply's lines, without the blank line that follows it.
    package func lines(_ reply: Reply) -> [FormattedLine] {
        var lines: [FormattedLine] = []
        append(reply, to: &lines)
        return lines
    }

    /// `lines(reply)` added to `lines`: a replay lays out every reply of a long transcript, and this
    /// makes one array of lines where joining the pieces made several.
    package func append(_ reply: Reply, to lines: inout [FormattedLine]) {
        switch reply {
        case .text(let text), .closing(let text):
            append(wrap(text), .none, to: &lines)
        case .notice(let notice):
            append(wrap(catalogue.text(for: notice)), .quiet, to: &lines)
        case .question(let question):
            append(wrap(question.text), .strong, to: &lines)
            if let help = question.help { append(wrap(help), .none, to: &lines) }
            append(numbered(question.options), .none, to: &lines)
        case .collect(let prompt):
            append(wrap(prompt.text), .strong, to: &lines)
            if let help = prompt.help { append(wrap(help), .none, to: &lines) }
            append(wrap(catalogue.text(for: .finishListHint)), .none, to: &lines)
            if prompt.count > 0 { lines.append(FormattedLine(catalogue.text(for: .savedSoFar(prompt.count)))) }
        case .help(let card):
            append(help(card), .none, to: &lines)
        case .plan(let plan):
            lines.append(FormattedLine(catalogue.text(for: .planHeading), .strong))
            append(steps(plan), .none, to: &lines)
        case .support(let items):
            lines.append(FormattedLine(catalogue.text(for: .supportHeading), .strong))
            for item in items { append(wrap(item, firstPrefix: "  - ", restPrefix: "    "), .none, to: &lines) }
        case .pause:
            append(wrap(catalogue.text(for: .pressEnterToCarryOn)), .quiet, to: &lines)
        case .answers(let answers):
            let list = answerList(answers)
            lines.append(FormattedLine(list[0], .strong))
            append(Array(list.dropFirst()), .none, to: &lines)
            append(wrap(catalogue.text(for: .changeHint)), .none, to: &lines)
        }
    }

    /// The answers given, under their heading, numbered as `change N` takes them: the one layout of the
    /// list, on the screen and in a saved plan.
    package func answerList(_ answers: [GivenAnswer]) -> [String] {
        var lines = [catalogue.text(for: .givenAnswersHeading(count: answers.count))]
        for (number, given) in answers.enumerated() {
            lines += wrap(given.question, firstPrefix: "  \(number + 1). ", restPrefix: "     ")
            lines += wrap(given.answer, firstPrefix: "     > ", restPrefix: "       ")
        }
        return lines
    }

    private func append(_ texts: [String], _ emphasis: FormattedLine.Emphasis, to lines: inout [FormattedLine]) {
        for text in texts { lines.append(FormattedLine(text, emphasis)) }
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
        let commands = card.commands.map { $0.wording(in: catalogue) }
        let nameWidth = (commands.map(\.name.count).max() ?? 0) + 2
        for command in commands {
            let name = command.name.padding(toLength: nameWidth)
            lines += wrap(
                command.description, firstPrefix: "  " + name, restPrefix: String(repeating: " ", count: nameWidth + 2))
        }
        return lines
    }

    private func steps(_ plan: ActionPlan) -> [String] {
        if plan.steps.isEmpty { return [catalogue.text(for: .emptyPlan)] }
        return plan.steps.enumerated().flatMap { number, step in
            let marker = "\(number + 1). "
            let indent = String(repeating: " ", count: 2 + marker.count)
            return wrap(step.text, firstPrefix: "  " + marker, restPrefix: indent)
                + step.entries.flatMap {
                    wrap(VisibleText.make($0), firstPrefix: indent + "- ", restPrefix: indent + "  ")
                }
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

}

extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
