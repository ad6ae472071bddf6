/// The main file's other keys: `contacts`, `guarantees` (and the names they use) and `anytime`.
extension LoadSession {
    func readContacts(_ node: YAMLNode, reader: inout ValueReader) -> [Contact] {
        guard let entries = node.mapping else {
            reader.fail(
                .wrongKind(key: "contacts", expected: "a set of 'Service name: [number, address]' lines"), node.range)
            return []
        }
        return entries.map { entry in
            Contact(
                name: entry.key, details: reader.words(entry.value, key: entry.key),
                source: reader.reference(entry.keyRange))
        }
    }

    func readGuarantees(_ entry: YAMLMappingEntry, reader: inout ValueReader) -> Guarantees {
        guard
            let entries = reader.mapping(
                entry.value, key: "guarantees", allowed: DialogueLoader.guaranteeKeys, context: "'guarantees'")
        else { return .none }
        func named(_ key: String) -> [Guarantees.Named] {
            guard let value = entries.value(for: key) else { return [] }
            let items = value.sequence ?? [value]
            return items.compactMap { item in
                reader.text(item, key: key).map { Guarantees.Named(name: $0, source: reader.reference(item.range)) }
            }
        }
        return Guarantees(
            firstQuestion: entries.value(for: "first-question").flatMap {
                reader.nodeReference($0, key: "first-question")
            },
            worksEverywhere: named("works-everywhere"),
            everyEndingMentions: named("every-ending-mentions"),
            everyPlanIncludes: entries.value(for: "every-plan-includes").map { value in
                reader.guaranteedPlanTexts(value, key: "every-plan-includes")
            } ?? [],
            neverReaches: entries.value(for: "never-reaches").map { readNeverReaches($0, reader: &reader) } ?? [],
            source: reader.reference(entry.keyRange))
    }

    /// `never-reaches`: one `{nodes, tags, when, unless}` entry, or a list of them; `nodes` may be left
    /// out when `tags` names the nodes by their kind.
    func readNeverReaches(_ value: YAMLNode, reader: inout ValueReader) -> [Guarantees.Forbidden] {
        (value.sequence ?? [value]).compactMap { item in
            let context = "a 'never-reaches' entry"
            guard
                let entries = reader.mapping(
                    item, key: "never-reaches", allowed: DialogueLoader.neverReachesKeys, context: context)
            else { return nil }
            let tags = entries.value(for: "tags").map { reader.words($0, key: "tags") } ?? []
            let nodesNode =
                tags.isEmpty
                ? reader.required("nodes", in: entries, context: context, at: item.range) : entries.value(for: "nodes")
            if tags.isEmpty && nodesNode == nil { return nil }
            let nodes =
                nodesNode.map { ($0.sequence ?? [$0]).compactMap { reader.nodeReference($0, key: "nodes") } } ?? []
            return Guarantees.Forbidden(
                nodes: nodes, tags: tags, condition: reader.condition(in: entries), source: reader.reference(item.range)
            )
        }
    }

    /// Guarantees name commands and contacts; each must exist.
    mutating func checkNames(_ guarantees: Guarantees, commands: [AnytimeCommand], contacts: [Contact]) {
        let commandNames = commands.map(\.command)
        for named in guarantees.worksEverywhere where !commandNames.contains(named.name) {
            let suggestion = EditDistance.suggestion(for: named.name, among: commandNames)
            diagnostics.append(
                DialogueLoadError(.unknownCommand(named.name, suggestion: suggestion), at: named.source).diagnostic)
        }
        let contactNames = contacts.map(\.name)
        for named in guarantees.everyEndingMentions where !contactNames.contains(named.name) {
            let suggestion = EditDistance.suggestion(for: named.name, among: contactNames)
            diagnostics.append(
                DialogueLoadError(.unknownContact(named.name, suggestion: suggestion), at: named.source).diagnostic)
        }
    }

    mutating func readAnytime(_ node: YAMLNode, reader: inout ValueReader) -> [AnytimeCommand] {
        guard let items = node.sequence else {
            reader.fail(.wrongKind(key: "anytime", expected: "a list of commands"), node.range)
            return []
        }
        return items.compactMap { item in
            guard
                let entries = reader.mapping(
                    item, key: "anytime", allowed: DialogueLoader.anytimeKeys, context: "an 'anytime' command")
            else { return nil }
            let context = "an 'anytime' command"
            guard let commandNode = reader.required("command", in: entries, context: context, at: item.range),
                let goNode = reader.required("go", in: entries, context: context, at: item.range)
            else { return nil }
            guard let command = reader.text(commandNode, key: "command"),
                let target = reader.nodeReference(goNode, key: "go")
            else { return nil }
            return AnytimeCommand(
                command: command,
                synonyms: entries.value(for: "also").map { reader.words($0, key: "also") } ?? [],
                target: target,
                help: entries.value(for: "help").flatMap { reader.text($0, key: "help") } ?? "",
                condition: reader.condition(in: entries),
                source: reader.reference(commandNode.range))
        }
    }
}
