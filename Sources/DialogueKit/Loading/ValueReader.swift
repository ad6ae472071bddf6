/// Reads typed values out of parsed YAML for the loader, collecting every problem rather than stopping
/// at the first, so an author sees all their mistakes in one go.
struct ValueReader {
    package let file: String
    package var errors: [DialogueLoadError] = []

    package init(file: String) {
        self.file = file
    }

    func reference(_ range: SourceRange) -> SourceReference {
        SourceReference(file: file, range: range)
    }

    mutating func fail(_ reason: DialogueLoadError.Reason, _ range: SourceRange) {
        errors.append(DialogueLoadError(reason, at: reference(range)))
    }

    /// The entries of a mapping, after checking that every key is one of `allowed`. `context` is only
    /// worked out for a message (most mappings have no unknown key, and it is built per node).
    mutating func mapping(
        _ node: YAMLNode, key: String, allowed: [String], context: @autoclosure () -> String
    ) -> [YAMLMappingEntry]? {
        guard let entries = node.mapping else {
            fail(.wrongKind(key: key, expected: "a set of 'key: value' lines"), node.range)
            return nil
        }
        for entry in entries where !allowed.contains(entry.key) {
            let suggestion = EditDistance.suggestion(for: entry.key, among: allowed)
            fail(.unknownKey(entry.key, context: context(), suggestion: suggestion), entry.keyRange)
        }
        return entries
    }

    /// The value of a key that must be there; reports it as missing from `context` (at `range`) if not.
    mutating func required(
        _ key: String, in entries: [YAMLMappingEntry], context: @autoclosure () -> String, at range: SourceRange
    ) -> YAMLNode? {
        guard let value = entries.value(for: key) else {
            fail(.missingKey(key, context: context()), range)
            return nil
        }
        return value
    }

    /// One line of text; empty text is an error unless `allowEmpty`.
    package mutating func text(_ node: YAMLNode, key: String, allowEmpty: Bool = false) -> String? {
        guard let scalar = node.scalar else {
            fail(.wrongKind(key: key, expected: "text"), node.range)
            return nil
        }
        let text = scalar.text.trimmingTrailingNewlines()
        if !allowEmpty, text.isEmptyOrWhitespace {
            fail(.emptyText(key: key), node.range)
            return nil
        }
        return text
    }

    /// Text with where it was written.
    mutating func sourcedText(_ node: YAMLNode, key: String) -> SourcedText? {
        text(node, key: key).map { SourcedText($0, source: reference(node.range)) }
    }

    /// What a collection accepts: one of `EntryKind`'s names.
    mutating func entryKind(_ node: YAMLNode) -> EntryKind? {
        guard let name = text(node, key: "accepts") else { return nil }
        if let kind = EntryKind(rawValue: name) { return kind }
        let names = EntryKind.allCases.map(\.rawValue)
        fail(
            .unknownEntryKind(name, known: names, suggestion: EditDistance.suggestion(for: name, among: names)),
            node.range)
        return nil
    }

    /// `true` or `false` (also `yes` or `no`).
    mutating func yesOrNo(_ node: YAMLNode, key: String) -> Bool {
        guard let word = text(node, key: key) else { return false }
        switch word.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            fail(.wrongKind(key: key, expected: "true or false"), node.range)
            return false
        }
    }

    /// The numbers an answer stands for: `13-15`, `18+` or `12`.
    mutating func numberRange(_ node: YAMLNode) -> NumberRange? {
        guard let written = text(node, key: "numbers") else { return nil }
        guard let range = NumberRange(written) else {
            fail(
                .wrongKind(key: "numbers", expected: "a number or a range of numbers, such as 12, 13-15 or 18+"),
                node.range)
            return nil
        }
        return range
    }

    /// A word or a list of words: `y` or `[y, yes]`.
    package mutating func words(_ node: YAMLNode, key: String) -> [String] {
        if node.scalar != nil { return text(node, key: key).map { [$0] } ?? [] }
        guard let items = node.sequence else {
            fail(.wrongKind(key: key, expected: "a word or a list of words"), node.range)
            return []
        }
        var words: [String] = []
        words.reserveCapacity(items.count)
        for item in items {
            if let word = text(item, key: key) { words.append(word) }
        }
        return words
    }

    /// The node a `go`, `next` or `start` names.
    mutating func nodeReference(_ node: YAMLNode, key: String) -> NodeReference? {
        text(node, key: key).map { NodeReference(id: $0, source: reference(node.range)) }
    }

    /// A node's or an included file's own `sources:` and `reviewed:`, if it gives either.
    mutating func provenance(in entries: [YAMLMappingEntry], scope: Provenance.Scope) -> Provenance? {
        guard let key = entries.entry(for: "reviewed") ?? entries.entry(for: "sources") else { return nil }
        return Provenance(
            scope: scope,
            sources: entries.value(for: "sources").map { words($0, key: "sources") } ?? [],
            reviewed: entries.value(for: "reviewed").flatMap { text($0, key: "reviewed") },
            source: reference(key.keyRange))
    }

    /// `when:` and `unless:` from a long-form item.
    package mutating func condition(in entries: [YAMLMappingEntry]) -> Condition {
        Condition(
            when: entries.value(for: "when").map { words($0, key: "when") } ?? [],
            unless: entries.value(for: "unless").map { words($0, key: "unless") } ?? [])
    }

    /// Text written as one paragraph, a list of paragraphs, or a list mixing paragraphs with
    /// `{text, when, unless}` items.
    mutating func textItems(_ node: YAMLNode, key: String) -> [TextItem] {
        items(node, key: key, extraKeys: []).map { TextItem(text: $0.text, condition: $0.condition, source: $0.source) }
    }

    /// The texts of `every-plan-includes`: like text items, with `by-the-end: yes` for words the plan
    /// need hold only at the end, not in every plan shown on the way.
    mutating func guaranteedPlanTexts(_ node: YAMLNode, key: String) -> [Guarantees.PlanText] {
        items(node, key: key, extraKeys: ["by-the-end"]).map {
            Guarantees.PlanText(text: $0.text, condition: $0.condition, byTheEnd: $0.byTheEnd, source: $0.source)
        }
    }

    /// Plan items: like text items, with `list:` naming a collection to show under the step.
    mutating func planItems(_ node: YAMLNode, key: String) -> [PlanItem] {
        items(node, key: key, extraKeys: ["list"]).map {
            PlanItem(text: $0.text, condition: $0.condition, list: $0.list, source: $0.source)
        }
    }

    private struct Item {
        var text: String
        var condition: Condition
        var list: String?
        var source: SourceReference
        /// `by-the-end: yes`, for a guarantee's text.
        var byTheEnd = false
    }

    private mutating func items(_ node: YAMLNode, key: String, extraKeys: [String]) -> [Item] {
        let elements = node.sequence ?? [node]
        var items: [Item] = []
        for element in elements {
            if element.scalar != nil {
                if let text = text(element, key: key) {
                    items.append(Item(text: text, condition: .always, source: reference(element.range)))
                }
                continue
            }
            let allowed = ["text", "when", "unless"] + extraKeys
            guard let entries = mapping(element, key: key, allowed: allowed, context: "an item of '\(key)'") else {
                continue
            }
            guard
                let textNode = required(
                    "text", in: entries, context: "an item of '\(key)' written as 'key: value' lines", at: element.range
                )
            else { continue }
            guard let text = text(textNode, key: "text") else { continue }
            let list = entries.value(for: "list").flatMap { self.text($0, key: "list") }
            let byTheEnd = entries.value(for: "by-the-end").map { yesOrNo($0, key: "by-the-end") } ?? false
            items.append(
                Item(
                    text: text, condition: condition(in: entries), list: list, source: reference(textNode.range),
                    byTheEnd: byTheEnd))
        }
        return items
    }
}

extension [YAMLMappingEntry] {
    /// The value of `key`. (By index rather than `first(where:)`, which copies every entry it passes:
    /// the loader asks each node for each of its keys.)
    func value(for key: String) -> YAMLNode? {
        for index in indices where self[index].key == key { return self[index].value }
        return nil
    }

    package func entry(for key: String) -> YAMLMappingEntry? {
        for index in indices where self[index].key == key { return self[index] }
        return nil
    }
}

extension String {
    /// Block scalars end with a line break; the dialogue's text does not need it.
    func trimmingTrailingNewlines() -> String {
        var text = self
        while text.last == "\n" { text.removeLast() }
        return text
    }

    /// Whether the text is empty or nothing but whitespace.
    var isEmptyOrWhitespace: Bool { allSatisfy(\.isWhitespace) }
}
