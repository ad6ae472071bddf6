/// Writes a `SituationList` for reviewers: as plain text, as Markdown, or as a printable HTML page with
/// room for notes. Pure: the list in, the text out.
package struct SituationRenderer: Sendable {
    package enum Format: String, CaseIterable, Sendable {
        case text, markdown, html
    }

    package let width: Int
    /// The most distinct plans listed plan by plan; above it, situations are grouped (`SituationGroups`).
    let plansListedOneByOne: Int

    package init(width: Int = 80, plansListedOneByOne: Int = 60) {
        self.width = max(40, width)
        self.plansListedOneByOne = plansListedOneByOne
    }

    /// The first line of every format: "37 situations, 12 distinct plans"; when there are more plans than
    /// are listed one by one, the groups too: "1024 situations, 1024 distinct plans, in 12 groups"
    /// (`groupingLine` says by what).
    func countLine(_ list: SituationList) -> String {
        let situations = list.situations.count
        let plans = list.planGroups.count
        let counts =
            "\(situations) situation\(situations == 1 ? "" : "s"), \(plans) distinct plan\(plans == 1 ? "" : "s")"
        guard isGrouped(list) else { return counts }
        let groups = SituationGroups(list.situations).groups.count
        return counts + ", in \(groups) group\(groups == 1 ? "" : "s")"
    }

    /// The line under the count when situations are grouped: by what, and why.
    func groupingLine(_ grouped: SituationGroups) -> String {
        let questions = grouped.questions.count
        return "Too many plans to list one by one, so the situations are grouped by their answers to the "
            + (questions == 1 ? "question" : "\(questions) questions") + " every conversation answers."
    }

    /// Why the situations cannot be listed, in words.
    package static func refusalMessage(_ refusal: SituationList.Refusal) -> String {
        switch refusal {
        case .tooManyStates(let limit):
            "This dialogue has more than \(limit) conversation states (each independent flag doubles them), too many to list its situations. Split it into smaller dialogues, or set fewer flags."
        case .tooManySituations(let count, let limit):
            "This dialogue ends in \(count) different situations, more than the \(limit) a review can list. Split it into smaller dialogues."
        }
    }

    package func render(_ list: SituationList, as format: Format) -> String {
        switch format {
        case .text: text(list)
        case .markdown: markdown(list)
        case .html: html(list)
        }
    }

    /// A situation's answers in words: "Is the child in danger? -> No".
    static func answerLine(_ answer: Situation.Answer) -> String {
        "\(oneLine(answer.question)) -> \(answer.label)"
    }

    static func originLine(_ origin: Situation.Origin) -> String {
        let sources = origin.sources.isEmpty ? "no sources given" : origin.sources.joined(separator: "; ")
        return sources + " (reviewed " + (origin.reviewed ?? "never") + ")"
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private func text(_ list: SituationList) -> String {
        if isGrouped(list) { return groupedText(list) }
        var lines = [countLine(list), ""]
        var number = 0
        for (index, group) in list.planGroups.enumerated() {
            let plan = group.first?.plan ?? []
            lines.append("Plan \(index + 1), for \(group.count) situation\(group.count == 1 ? "" : "s"):")
            if plan.isEmpty { lines.append("  (no steps)") }
            for (step, text) in plan.enumerated() {
                let prefix = "  \(step + 1). "
                lines += TextWrapping.wrap(
                    Self.oneLine(text), width: width, firstPrefix: prefix,
                    restPrefix: String(repeating: " ", count: prefix.count))
            }
            for situation in group {
                number += 1
                lines.append("")
                lines.append("  Situation \(number): ends at '\(situation.end)'")
                if situation.answers.isEmpty { lines.append("    (no answers needed)") }
                for answer in situation.answers {
                    lines += TextWrapping.wrap(
                        Self.answerLine(answer), width: width, firstPrefix: "    - ", restPrefix: "      ")
                }
                lines += TextWrapping.wrap(
                    "Ending: " + Self.oneLine(situation.closing), width: width, firstPrefix: "    ",
                    restPrefix: "      ")
                for origin in situation.origins {
                    lines += TextWrapping.wrap(
                        "Source: " + Self.originLine(origin), width: width, firstPrefix: "    ", restPrefix: "      ")
                }
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private func markdown(_ list: SituationList) -> String {
        func escaped(_ text: String) -> String {
            var out = ""
            for character in Self.oneLine(text) {
                if "\\`*_[]<>#|".contains(character) { out.append("\\") }
                out.append(character)
            }
            return out
        }
        if isGrouped(list) { return groupedMarkdown(list, escaped: escaped) }
        var lines = ["# Situations", "", countLine(list), ""]
        var number = 0
        for (index, group) in list.planGroups.enumerated() {
            lines.append("## Plan \(index + 1) (\(group.count) situation\(group.count == 1 ? "" : "s"))")
            lines.append("")
            let plan = group.first?.plan ?? []
            if plan.isEmpty { lines.append("_No steps._") }
            for (step, text) in plan.enumerated() { lines.append("\(step + 1). \(escaped(text))") }
            lines.append("")
            for situation in group {
                number += 1
                lines.append("### Situation \(number): ends at `\(situation.end)`")
                lines.append("")
                for answer in situation.answers {
                    lines.append("- \(escaped(answer.question)) **\(escaped(answer.label))**")
                }
                if situation.answers.isEmpty { lines.append("- _No answers needed._") }
                lines.append("")
                lines.append("Ending: \(escaped(situation.closing))")
                lines.append("")
                for origin in situation.origins { lines.append("Source: \(escaped(Self.originLine(origin)))  ") }
                lines.append("")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func html(_ list: SituationList) -> String {
        func e(_ text: String) -> String {
            var out = ""
            for character in VisibleText.make(Self.oneLine(text), limit: .wholeLine) {
                switch character {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "\"": out += "&quot;"
                case "'": out += "&#39;"
                default: out.append(character)
                }
            }
            return out
        }
        var out = """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Situations</title>
            <style>
            body { font-family: Arial, sans-serif; max-width: 60em; margin: 2em auto; line-height: 1.4; color: #0b0c0c; }
            section.plan { border-top: 3px solid #1d70b8; margin-top: 2em; page-break-inside: avoid; }
            .situation { display: grid; grid-template-columns: 2fr 1fr; gap: 1em; border-top: 1px solid #b1b4b6; padding: 0.5em 0; page-break-inside: avoid; }
            .notes { border: 1px dashed #505a5f; min-height: 6em; padding: 0.3em; color: #505a5f; }
            .source { color: #505a5f; font-size: 0.9em; }
            @media print { body { margin: 0; max-width: none; } }
            </style>
            </head>
            <body>
            <h1>Situations</h1>

            """
        if isGrouped(list) { return out + groupedHTML(list, escaped: e) + "</body>\n</html>\n" }
        out += "<p><strong>\(e(countLine(list)))</strong></p>\n"
        var number = 0
        for (index, group) in list.planGroups.enumerated() {
            out +=
                "<section class=\"plan\">\n<h2>Plan \(index + 1) (\(group.count) situation\(group.count == 1 ? "" : "s"))</h2>\n<ol>\n"
            for text in group.first?.plan ?? [] { out += "<li>\(e(text))</li>\n" }
            out += "</ol>\n"
            for situation in group {
                number += 1
                out +=
                    "<div class=\"situation\">\n<div>\n<h3>Situation \(number): ends at <code>\(e(situation.end))</code></h3>\n<ul>\n"
                for answer in situation.answers {
                    out += "<li>\(e(answer.question)) <strong>\(e(answer.label))</strong></li>\n"
                }
                out += "</ul>\n<p>Ending: \(e(situation.closing))</p>\n"
                for origin in situation.origins {
                    out += "<p class=\"source\">Source: \(e(Self.originLine(origin)))</p>\n"
                }
                out += "</div>\n<div class=\"notes\">Reviewer's notes</div>\n</div>\n"
            }
            out += "</section>\n"
        }
        return out + "</body>\n</html>\n"
    }
}
