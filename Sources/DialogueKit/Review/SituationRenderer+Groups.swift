/// The grouped layout (`SituationGroups`), used when a dialogue has more plans than a reviewer can read
/// one by one: each group's shared answers, the steps every plan in it has, the steps only some have
/// (lettered, with the answers that bring each), and one line per situation.
extension SituationRenderer {
    func isGrouped(_ list: SituationList) -> Bool {
        list.planGroups.count > plansListedOneByOne
    }

    /// "a", "b", ... "z", "aa", ...: the letter of a step only some plans of a group have.
    static func letter(_ index: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return index < letters.count
            ? String(letters[index]) : letter(index / letters.count - 1) + String(letters[index % letters.count])
    }

    /// A situation's answers to the questions its group does not share, and the lettered steps it adds.
    static func situationLine(_ situation: Situation, in group: SituationGroups.Group) -> String {
        let keyNodes = Set(group.key.map(\.node))
        let answers = situation.answers.filter { !keyNodes.contains($0.node) }.map(\.label)
        let added = group.varying.indices.filter { situation.plan.contains(group.varying[$0].text) }.map(letter)
        var line = answers.isEmpty ? "(no other answers)" : answers.joined(separator: " / ")
        line += added.isEmpty ? ": no more steps" : ": + " + added.joined(separator: ", ")
        let ends = Set(group.situations.map(\.end))
        if ends.count > 1 { line += " (ends at '\(situation.end)')" }
        return line
    }

    static func stepNote(_ step: SituationGroups.Step, of total: Int) -> String {
        var note = "\(step.count) of \(total)"
        if !step.when.isEmpty { note += ", all answering " + step.when.map(answerLine).joined(separator: " and ") }
        return note
    }

    static func groupHeading(_ group: SituationGroups.Group, number: Int, of count: Int) -> String {
        let ends = Set(group.situations.map(\.end))
        let situations = group.situations.count
        return "Group \(number) of \(count): \(situations) situation\(situations == 1 ? "" : "s"), "
            + "\(group.distinctPlans) distinct plan\(group.distinctPlans == 1 ? "" : "s")"
            + (ends.count == 1 ? ", all ending at '\(ends.first ?? "")'" : "")
    }

    func groupedText(_ list: SituationList) -> String {
        let grouped = SituationGroups(list.situations)
        var lines = [countLine(list)]
        func wrap(_ text: String, _ first: String, _ rest: String) {
            lines += TextWrapping.wrap(text, width: width, firstPrefix: first, restPrefix: rest)
        }
        wrap(groupingLine(grouped), "", "")
        lines.append("")
        for (index, group) in grouped.groups.enumerated() {
            lines.append(Self.groupHeading(group, number: index + 1, of: grouped.groups.count))
            for answer in group.key { wrap(Self.answerLine(answer), "  ", "    ") }
            lines.append("  Every plan here has:")
            if group.core.isEmpty { lines.append("    (no step)") }
            for step in group.core { wrap(Self.oneLine(step), "    - ", "      ") }
            if !group.varying.isEmpty {
                lines.append("  Some plans also have:")
                for (number, step) in group.varying.enumerated() {
                    let prefix = "    \(Self.letter(number)). "
                    wrap(
                        Self.oneLine(step.text) + " (" + Self.stepNote(step, of: group.situations.count) + ")", prefix,
                        String(repeating: " ", count: prefix.count))
                }
            }
            lines.append("  Situations (the other answers, then the steps they add):")
            for (number, situation) in group.situations.enumerated() {
                let prefix = "    \(number + 1). "
                wrap(Self.situationLine(situation, in: group), prefix, String(repeating: " ", count: prefix.count))
            }
            for origin in group.origins { wrap("Source: " + Self.originLine(origin), "  ", "    ") }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    func groupedMarkdown(_ list: SituationList, escaped: (String) -> String) -> String {
        let grouped = SituationGroups(list.situations)
        var lines = ["# Situations", "", countLine(list), "", escaped(groupingLine(grouped)), ""]
        for (index, group) in grouped.groups.enumerated() {
            lines += ["## " + escaped(Self.groupHeading(group, number: index + 1, of: grouped.groups.count)), ""]
            for answer in group.key { lines.append("- \(escaped(answer.question)) **\(escaped(answer.label))**") }
            lines += ["", "Every plan here has:", ""]
            for step in group.core { lines.append("- \(escaped(step))") }
            if !group.varying.isEmpty {
                lines += ["", "Some plans also have:", ""]
                for (number, step) in group.varying.enumerated() {
                    let note = escaped(Self.stepNote(step, of: group.situations.count))
                    lines.append("- **\(Self.letter(number))**. \(escaped(step.text)) _(\(note))_")
                }
            }
            lines += ["", "Situations:", ""]
            for (number, situation) in group.situations.enumerated() {
                lines.append("\(number + 1). \(escaped(Self.situationLine(situation, in: group)))")
            }
            lines.append("")
            for origin in group.origins { lines.append("Source: \(escaped(Self.originLine(origin)))  ") }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    func groupedHTML(_ list: SituationList, escaped e: (String) -> String) -> String {
        let grouped = SituationGroups(list.situations)
        var out = "<p><strong>\(e(countLine(list)))</strong></p>\n<p>\(e(groupingLine(grouped)))</p>\n"
        for (index, group) in grouped.groups.enumerated() {
            out +=
                "<section class=\"plan\">\n<h2>\(e(Self.groupHeading(group, number: index + 1, of: grouped.groups.count)))</h2>\n"
            out += "<div class=\"situation\">\n<div>\n<ul>\n"
            for answer in group.key { out += "<li>\(e(answer.question)) <strong>\(e(answer.label))</strong></li>\n" }
            out += "</ul>\n<p>Every plan here has:</p>\n<ul>\n"
            for step in group.core { out += "<li>\(e(step))</li>\n" }
            out += "</ul>\n"
            if !group.varying.isEmpty {
                out += "<p>Some plans also have:</p>\n<ol type=\"a\">\n"
                for step in group.varying {
                    out +=
                        "<li>\(e(step.text)) <span class=\"source\">(\(e(Self.stepNote(step, of: group.situations.count))))</span></li>\n"
                }
                out += "</ol>\n"
            }
            out += "<p>Situations (the other answers, then the steps they add):</p>\n<ol>\n"
            for situation in group.situations { out += "<li>\(e(Self.situationLine(situation, in: group)))</li>\n" }
            out += "</ol>\n"
            for origin in group.origins { out += "<p class=\"source\">Source: \(e(Self.originLine(origin)))</p>\n" }
            out += "</div>\n<div class=\"notes\">Reviewer's notes</div>\n</div>\n</section>\n"
        }
        return out
    }
}
