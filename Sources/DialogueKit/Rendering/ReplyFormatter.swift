/// Lays replies out as text: wrapped to a width, with a blank line after each block.
///
/// With `.plain` style the result is exactly what piped output and transcripts hold. With `.terminal`
/// style, questions and headings are bold and notices dim; the words and layout are the same.
public struct ReplyFormatter: Sendable {
    public enum Style: Sendable {
        case plain, terminal
    }

    public var width: Int
    public var style: Style

    public init(width: Int = 80, style: Style = .plain) {
        self.width = max(width, 20)
        self.style = style
    }

    public func format(_ replies: [Reply]) -> String {
        replies.map(format).joined()
    }

    public func format(_ reply: Reply) -> String {
        var lines: [String] = []
        switch reply {
        case .text(let text), .closing(let text):
            lines = wrap(text)
        case .notice(let text):
            lines = wrap(text).map(dim)
        case .question(let question):
            lines = wrap(question.text).map(bold)
            if let help = question.help { lines += wrap(help) }
            lines += numbered(question.options)
        case .collect(let prompt):
            lines = wrap(prompt.text).map(bold)
            if let help = prompt.help { lines += wrap(help) }
            if prompt.count > 0 { lines.append("Saved so far: \(prompt.count).") }
        case .help(let card):
            if !card.options.isEmpty {
                lines.append("Type the number or the words of an answer:")
                lines += numbered(card.options)
                lines.append("Or one of these commands:")
            } else {
                lines.append("You can type one of these commands:")
            }
            let nameWidth = (card.commands.map(\.name.count).max() ?? 0) + 2
            for command in card.commands {
                let name = command.name.padding(toLength: nameWidth)
                lines += wrap(command.description, firstPrefix: "  " + name, restPrefix: String(repeating: " ", count: nameWidth + 2))
            }
        case .plan(let plan):
            lines.append(bold("Your action plan"))
            if plan.steps.isEmpty { lines.append("No steps yet.") }
            for (number, step) in plan.steps.enumerated() {
                let marker = "\(number + 1). "
                let indent = String(repeating: " ", count: 2 + marker.count)
                lines += wrap(step.text, firstPrefix: "  " + marker, restPrefix: indent)
                for entry in step.entries {
                    lines += wrap(entry, firstPrefix: indent + "- ", restPrefix: indent + "  ")
                }
            }
        case .support(let items):
            lines.append(bold("Where to get support"))
            for item in items {
                lines += wrap(item, firstPrefix: "  - ", restPrefix: "    ")
            }
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    private func numbered(_ options: [String]) -> [String] {
        options.enumerated().flatMap { number, option in
            wrap(option, firstPrefix: "  \(number + 1). ", restPrefix: "     ")
        }
    }

    private func wrap(_ text: String, firstPrefix: String = "", restPrefix: String = "") -> [String] {
        TextWrapping.wrap(text, width: width, firstPrefix: firstPrefix, restPrefix: restPrefix)
    }

    private func bold(_ line: String) -> String {
        style == .terminal ? "\u{1B}[1m\(line)\u{1B}[0m" : line
    }

    private func dim(_ line: String) -> String {
        style == .terminal ? "\u{1B}[2m\(line)\u{1B}[0m" : line
    }
}

extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
