/// How much of a dialogue a set of transcripts exercises: nodes visited, choices taken, plan items
/// earned and ends reached, with what none of them reaches and where it is written.
package struct CoverageReport: Hashable, Sendable {
    package struct Item: Hashable, Sendable {
        var name: String
        var source: SourceReference
        var reachedBy: [String]

        var isReached: Bool { !reachedBy.isEmpty }
    }

    package var dialogue: String
    package var nodes: [Item]
    package var choices: [Item]
    var planItems: [Item]
    var ends: [Item]

    /// Builds the report from each transcript's name and the events of its replay.
    package init(dialogue: Dialogue, runs: [(name: String, events: [ConversationEvent])]) {
        self.dialogue = dialogue.file
        func reached(_ matches: (ConversationEvent) -> Bool) -> [String] {
            runs.filter { $0.events.contains(where: matches) }.map(\.name)
        }
        nodes = dialogue.nodes.map { node in
            Item(name: node.id, source: node.source, reachedBy: reached { $0 == .visited(node: node.id) })
        }
        choices = dialogue.nodes.flatMap { node in
            node.edges.compactMap { edge -> Item? in
                guard case .answer(let label, let index) = edge.trigger else { return nil }
                return Item(
                    name: "\(node.id): \(label)", source: edge.source,
                    reachedBy: reached { $0 == .answered(node: node.id, choice: index) })
            }
        }
        planItems = dialogue.nodes.flatMap { node in
            node.plan.map { item in
                Item(name: item.text, source: item.source, reachedBy: reached { $0 == .earned(item) })
            }
        }
        ends = dialogue.nodes.filter(\.isEnd).map { node in
            Item(name: node.id, source: node.source, reachedBy: reached { $0 == .ended(node: node.id) })
        }
    }

    /// Whether every choice of every question is taken by some transcript.
    var coversEveryChoice: Bool { choices.allSatisfy(\.isReached) }

    /// The report as text for the terminal.
    package func rendered() -> String {
        var out = "Coverage of \(dialogue)\n"
        for (title, items) in [
            ("nodes visited", nodes), ("choices taken", choices), ("plan items earned", planItems),
            ("ends reached", ends),
        ] {
            let count = items.filter(\.isReached).count
            let percent = items.isEmpty ? 100 : count * 100 / items.count
            out += "  \(title): \(count) of \(items.count) (\(percent)%)\n"
        }
        out += "  ends, and the transcripts that reach each:\n"
        for end in ends {
            out += "    \(end.name) (\(end.source)): " + Self.names(end.reachedBy) + "\n"
        }
        out += "  plan items, and the transcripts that earn each:\n"
        for item in planItems {
            out += "    \(Self.shortened(item.name)) (\(item.source)): " + Self.names(item.reachedBy) + "\n"
        }
        let missing = [("node", nodes), ("choice", choices)].flatMap { kind, items in
            items.filter { !$0.isReached }.map { (kind, $0) }
        }
        if !missing.isEmpty {
            out += "  not reached by any transcript:\n"
            for (kind, item) in missing {
                out += "    \(item.source): \(kind) \(item.name)\n"
            }
        }
        return out
    }

    /// Transcript names without their folders, or "no transcript".
    private static func names(_ paths: [String]) -> String {
        paths.isEmpty
            ? "no transcript"
            : paths.map { $0.split(separator: "/").last.map(String.init) ?? $0 }.joined(separator: ", ")
    }

    private static func shortened(_ text: String) -> String {
        text.count > 50 ? String(text.prefix(47)) + "..." : text
    }
}
