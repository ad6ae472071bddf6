/// A phrasings report as plain text: a summary line, a table with a row per question, and the
/// confusions (every phrasing not understood as expected), failures first.
package enum PhrasingTable {
    package static func rendered(_ report: PhrasingReport, file: String) -> String {
        let all = report.counts()
        let total = report.results.count
        func percent(
            _ counts: [PhrasingOutcome: Int], of count: Int, counting: (PhrasingOutcome) -> Bool = { $0.understood }
        ) -> String {
            let understood = PhrasingOutcome.allCases.filter(counting).reduce(0) { $0 + (counts[$1] ?? 0) }
            guard count > 0 else { return "-" }
            let tenths = (understood * 1000 + count / 2) / count
            return "\(tenths / 10).\(tenths % 10)%"
        }
        var lines = [
            "Phrasings in \(file): \(total), \(percent(all, of: total)) understood (right, confirmed or asked which naming it; "
                + "\(percent(all, of: total) { $0 == .right || $0 == .confirmed }) right or confirmed); "
                + "\(all[.wrongSilently] ?? 0) wrong silently, \(all[.dangerMissed] ?? 0) danger missed."
        ]
        let columns: [(String, PhrasingOutcome)] = [
            ("right", .right), ("confirmed", .confirmed), ("which", .narrowed), ("asked", .askedAgain),
            ("advice", .adviceShown),
            ("wrong+c", .wrongButConfirmed), ("WRONG", .wrongSilently), ("MISSED", .dangerMissed),
        ]
        let width = max(12, report.questions.map(\.count).max() ?? 0)
        func pad(_ text: String, _ size: Int) -> String {
            String(repeating: " ", count: max(size - text.count, 0)) + text
        }
        lines.append(
            "question".padding(to: width) + pad("all", 5) + columns.map { pad($0.0, $0.0.count + 1) }.joined()
                + pad("understood", 11))
        for question in report.questions {
            let counts = report.counts(for: question)
            let count = report.results.filter { $0.phrasing.question == question }.count
            lines.append(
                question.padding(to: width) + pad("\(count)", 5)
                    + columns.map { pad("\(counts[$0.1] ?? 0)", $0.0.count + 1) }.joined()
                    + pad(percent(counts, of: count), 11))
        }
        lines.append(
            "(which: asked which of two or three answers, naming the right one; asked: asked again; advice: the emergency advice shown at once, then asked again; wrong+c: wrong but confirmed)"
        )
        let confusions = report.results.filter { !$0.outcome.understood }
            .sorted { rank($0.outcome) < rank($1.outcome) }
        if !confusions.isEmpty {
            lines.append("")
            lines.append("Not understood as expected:")
            for result in confusions { lines.append("  " + describe(result)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func rank(_ outcome: PhrasingOutcome) -> Int {
        [PhrasingOutcome.dangerMissed, .wrongSilently, .wrongButConfirmed, .askedAgain, .adviceShown, .narrowed]
            .firstIndex(of: outcome) ?? 9
    }

    private static func describe(_ result: PhrasingReport.Result) -> String {
        let phrasing = result.phrasing
        let place = "\(phrasing.source.file):\(phrasing.source.range.start.line)"
        let expected: String
        switch phrasing.expected {
        case .choice(let index): expected = "answer \(index + 1)"
        case .ask: expected = "ask"
        }
        let taken = result.taken.map { ", took answer \($0 + 1)" } ?? ""
        return
            "\(result.outcome.rawValue.uppercased()) \(place) \(phrasing.question): '\(VisibleText.make(phrasing.typed, limit: .quotation))' "
            + "(expected \(expected)\(taken))"
    }
}

extension String {
    fileprivate func padding(to width: Int) -> String {
        self + String(repeating: " ", count: max(width - count, 0))
    }
}
