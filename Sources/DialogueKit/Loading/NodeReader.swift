/// Reads one node: works out its kind from its keys and checks that only that kind's keys are there.
enum NodeReader {
    package static func read(id: String, _ node: YAMLNode, source: SourceReference, reader: inout ValueReader)
        -> DialogueNode?
    {
        guard let entries = reader.mapping(node, key: id, allowed: DialogueLoader.nodeKeys, context: "node '\(id)'")
        else {
            return nil
        }
        let kindKeys = ["ask", "collect", "end"].filter { entries.value(for: $0) != nil }
        if kindKeys.count > 1 {
            reader.fail(.nodeHasTwoKinds(id, kindKeys), entries.entry(for: kindKeys[1])?.keyRange ?? source.range)
            return nil
        }
        let say = entries.value(for: "say").map { reader.textItems($0, key: "say") } ?? []
        let plan = entries.value(for: "plan").map { reader.planItems($0, key: "plan") } ?? []

        let kind: DialogueNode.Kind?
        switch kindKeys.first {
        case "ask":
            reject(["next", "into", "accepts", "pause"], in: entries, kind: "a question", reader: &reader)
            kind = question(id: id, entries, source: source, reader: &reader)
        case "collect":
            reject(["choices", "pause", "if-unclear"], in: entries, kind: "a collection", reader: &reader)
            kind = collection(id: id, entries, source: source, reader: &reader)
        case "end":
            reject(
                ["next", "choices", "help", "into", "accepts", "pause", "if-unclear"], in: entries, kind: "an end",
                reader: &reader)
            kind = entries.value(for: "end").flatMap { reader.sourcedText($0, key: "end") }.map {
                .end(Ending(closing: $0))
            }
        default:
            guard let next = entries.value(for: "next") else {
                reader.fail(.nodeNeedsKind(id), source.range)
                return nil
            }
            reject(
                ["choices", "help", "into", "accepts", "if-unclear"], in: entries, kind: "a message", reader: &reader)
            let pauses = entries.value(for: "pause").map { reader.yesOrNo($0, key: "pause") } ?? false
            kind = messageRoutes(next, reader: &reader).map {
                .message(Message(next: $0.next, routes: $0.routes, pauses: pauses))
            }
        }
        let provenance = reader.provenance(in: entries, scope: .node(id))
        let tags = entries.value(for: "tags").map { reader.words($0, key: "tags") } ?? []
        return kind.map {
            DialogueNode(id: id, kind: $0, say: say, plan: plan, source: source, provenance: provenance, tags: tags)
        }
    }

    /// `next: node`, or a list of routes tried in order, each `go:` with `when:` or `unless:`, and last
    /// a route with only `go:`, taken when no other applies.
    private static func messageRoutes(_ node: YAMLNode, reader: inout ValueReader) -> (
        next: NodeReference, routes: [Message.Route]
    )? {
        guard let items = node.sequence else { return reader.nodeReference(node, key: "next").map { ($0, []) } }
        var routes: [Message.Route] = []
        var fallback: NodeReference?
        var complete = true
        for item in items {
            guard
                let entries = reader.mapping(
                    item, key: "next", allowed: DialogueLoader.routeKeys, context: "a route under 'next'"),
                let goNode = reader.required("go", in: entries, context: "a route under 'next'", at: item.range)
            else {
                complete = false
                continue
            }
            guard let target = reader.nodeReference(goNode, key: "go") else {
                complete = false
                continue
            }
            if let fallback {
                reader.fail(.routeAfterDefault(previous: fallback.id), item.range)
                complete = false
                continue
            }
            let condition = reader.condition(in: entries)
            if condition == .always {
                fallback = target
            } else {
                routes.append(Message.Route(condition: condition, target: target))
            }
        }
        guard complete else { return nil }
        guard let fallback else {
            reader.fail(.routesNeedDefault, node.range)
            return nil
        }
        return (fallback, routes)
    }

    private static func reject(
        _ keys: [String], in entries: [YAMLMappingEntry], kind: String, reader: inout ValueReader
    ) {
        for key in keys {
            if let entry = entries.entry(for: key) { reader.fail(.keyNotAllowed(key, kind: kind), entry.keyRange) }
        }
    }

    private static func question(
        id: String, _ entries: [YAMLMappingEntry], source: SourceReference, reader: inout ValueReader
    ) -> DialogueNode.Kind? {
        let ask = entries.value(for: "ask").flatMap { reader.sourcedText($0, key: "ask") }
        let help = entries.value(for: "help").flatMap { reader.sourcedText($0, key: "help") }
        guard
            let choicesNode = reader.required(
                "choices", in: entries, context: "the question in node '\(id)'", at: source.range)
        else { return nil }
        guard let items = choicesNode.sequence else {
            reader.fail(
                .wrongKind(key: "choices", expected: "a list of answers, each on a line starting '- '"),
                choicesNode.range)
            return nil
        }
        if items.isEmpty { reader.fail(.noChoices(id), choicesNode.range) }
        var choices: [Choice] = []
        choices.reserveCapacity(items.count)
        for item in items {
            if let choice = choice(item, reader: &reader) { choices.append(choice) }
        }
        let ifUnclear = entries.value(for: "if-unclear").flatMap { reader.nodeReference($0, key: "if-unclear") }
        guard let ask, choices.count == items.count else { return nil }
        return .question(Question(ask: ask, help: help, choices: choices, ifUnclear: ifUnclear))
    }

    /// `- Label: target`, or the long form with `label`, `go` and optional `also`, `set`, `when`, `unless`.
    private static func choice(_ node: YAMLNode, reader: inout ValueReader) -> Choice? {
        guard let entries = node.mapping else {
            reader.fail(
                .wrongKind(key: "choices", expected: "'- Answer: node' or the long form with 'label' and 'go'"),
                node.range)
            return nil
        }
        if entries.count == 1, entries[0].value.scalar != nil, !DialogueLoader.choiceKeys.contains(entries[0].key) {
            let entry = entries[0]
            guard let target = reader.nodeReference(entry.value, key: entry.key) else { return nil }
            return Choice(label: entry.key, target: target, source: reader.reference(entry.keyRange))
        }
        guard
            let checked = reader.mapping(node, key: "choices", allowed: DialogueLoader.choiceKeys, context: "a choice")
        else {
            return nil
        }
        let context = "a choice written in the long form"
        guard let labelNode = reader.required("label", in: checked, context: context, at: node.range),
            let goNode = reader.required("go", in: checked, context: context, at: node.range)
        else { return nil }
        guard let label = reader.text(labelNode, key: "label"), let target = reader.nodeReference(goNode, key: "go")
        else {
            return nil
        }
        return Choice(
            label: label,
            synonyms: checked.value(for: "also").map { reader.words($0, key: "also") } ?? [],
            target: target,
            sets: checked.value(for: "set").map { reader.words($0, key: "set") } ?? [],
            condition: reader.condition(in: checked),
            numbers: checked.value(for: "numbers").flatMap { reader.numberRange($0) },
            safe: checked.value(for: "safe").map { reader.yesOrNo($0, key: "safe") } ?? false,
            source: reader.reference(labelNode.range))
    }

    private static func collection(
        id: String, _ entries: [YAMLMappingEntry], source: SourceReference, reader: inout ValueReader
    ) -> DialogueNode.Kind? {
        let prompt = entries.value(for: "collect").flatMap { reader.sourcedText($0, key: "collect") }
        let help = entries.value(for: "help").flatMap { reader.sourcedText($0, key: "help") }
        let into = entries.value(for: "into").flatMap { reader.text($0, key: "into") } ?? id
        let accepts = entries.value(for: "accepts").map { reader.entryKind($0) } ?? .webAddress
        guard
            let nextNode = reader.required(
                "next", in: entries, context: "the collection in node '\(id)'", at: source.range)
        else { return nil }
        guard let prompt, let accepts, let next = reader.nodeReference(nextNode, key: "next") else { return nil }
        return .collect(Gathering(prompt: prompt, help: help, into: into, accepts: accepts, next: next))
    }
}
