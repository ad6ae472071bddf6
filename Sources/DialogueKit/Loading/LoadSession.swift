/// The state of one load: files read, nodes found so far, problems met.
struct LoadSession {
    package let files: any DialogueFileSystem
    /// Files a workspace parsed already; each tree is taken out as it is read.
    var parsed: ParsedFiles
    package var diagnostics: [Diagnostic] = []
    package var sources: [SourceFile] = []
    package var nodes: [DialogueNode] = []
    var firstNodeSource: [String: SourceReference] = [:]
    /// The files being loaded, main first, each named as `DialogueFileSystem.locate` names it (after
    /// links), so a loop through symbolic links is caught as a cycle.
    var loadingStack: [String] = []
    var partProvenance: [Provenance] = []
    /// Files whose nodes could not be read (they do not parse, or cannot be included): routes to nodes
    /// they may define are not reported, since those errors only follow from the one already given.
    var brokenParts = BrokenParts()
    /// Every file loaded so far, named the same way: each is loaded once however often it is included,
    /// so a chain of files each including the next twice stays linear.
    package var loaded: Set<String> = []
    /// The folder of the main dialogue: includes must stay inside it.
    var includeFolder = ""

    package init(files: any DialogueFileSystem, parsed: ParsedFiles) {
        self.files = files
        self.parsed = parsed
    }

    mutating func loadMain(_ path: String) -> Dialogue? {
        let source: SourceFile
        switch read(path) {
        case .success(let read): source = read
        case .failure(let refusal):
            diagnostics.append(Diagnostic(refusal, file: path, range: nil))
            return nil
        }
        guard let (parsedRoot, owned) = parse(source) else { return nil }
        var root = parsedRoot
        var reader = ValueReader(file: path)
        let identity = (try? files.locate(path, inside: nil).get()) ?? Path.normalized(path)
        includeFolder = Path.directory(of: path)
        loaded.insert(identity)
        loadingStack.append(identity)
        defer { loadingStack.removeLast() }

        guard
            var entries = reader.mapping(
                root, key: "the dialogue", allowed: DialogueLoader.topLevelKeys, context: "the dialogue")
        else {
            report(reader)
            return nil
        }
        // The entries are now the only reference to the top level, so `readNodes` can take the nodes out.
        if owned { root.content = YAMLNode.taken.content }
        let title = entries.value(for: "title").flatMap { reader.text($0, key: "title") }
        if title == nil, entries.value(for: "title") == nil {
            reader.fail(.missingKey("title", context: "the dialogue"), SourceRange(at: root.range.start))
        }
        let start = entries.value(for: "start").flatMap { reader.nodeReference($0, key: "start") }
        if entries.value(for: "start") == nil {
            reader.fail(.missingKey("start", context: "the dialogue"), SourceRange(at: root.range.start))
        }
        let reviewed = entries.value(for: "reviewed").flatMap { reader.text($0, key: "reviewed") }
        let sourcesList = entries.value(for: "sources").map { reader.words($0, key: "sources") } ?? []
        let support = entries.value(for: "support").map { reader.textItems($0, key: "support") } ?? []
        let anytime = entries.value(for: "anytime").map { readAnytime($0, reader: &reader) } ?? []
        let contacts = entries.value(for: "contacts").map { readContacts($0, reader: &reader) } ?? []
        let guarantees = entries.entry(for: "guarantees").map { readGuarantees($0, reader: &reader) } ?? .none
        let lexicon = readContent(&entries, from: path, taking: owned, at: root.range.start, reader: &reader)
        report(reader)

        checkNames(guarantees, commands: anytime, contacts: contacts)
        reportUnknownNodes(start: start, anytime: anytime, guarantees: guarantees)
        reportUnknownTags(guarantees)
        reportAnytimeTargetsNotMessages(anytime)

        guard diagnostics.isEmpty, let title, let start else { return nil }
        let metadataKey = entries.entry(for: "reviewed") ?? entries.entry(for: "sources") ?? entries.entry(for: "title")
        return Dialogue(
            title: title, reviewed: reviewed, sources: sourcesList, start: start, nodes: nodes, anytime: anytime,
            support: support, contacts: contacts, guarantees: guarantees, lexicon: lexicon,
            metadataSource: metadataKey.map { SourceReference(file: path, range: $0.keyRange) },
            partProvenance: partProvenance,
            metadataTexts: metadataTexts(entries, reader: reader), file: path)
    }

    /// The nodes (taken out of the tree when `take`), those of the included parts, and the lexicon:
    /// everything the dialogue holds beyond its own top-level keys. `start` is where a missing `nodes`
    /// is reported.
    private mutating func readContent(
        _ entries: inout [YAMLMappingEntry], from path: String, taking take: Bool, at start: SourceLocation,
        reader: inout ValueReader
    ) -> Lexicon {
        if let nodesIndex = entries.firstIndex(where: { $0.key == "nodes" }) {
            readNodes(entries.value(at: nodesIndex, taking: take), taking: take, reader: &reader)
        } else {
            reader.fail(.missingKey("nodes", context: "the dialogue"), SourceRange(at: start))
        }
        if let include = entries.entry(for: "include") {
            readIncludes(include, from: path, reader: &reader)
        }
        return entries.entry(for: "lexicon").map { readLexicon($0, from: path, reader: &reader) } ?? .empty
    }

    /// Every reference to a node that names none, in the order written: `start`, each node's ways on, the
    /// commands, then the guarantees. Only the unknown ones are gathered (most dialogues have none).
    private mutating func reportUnknownNodes(
        start: NodeReference?, anytime: [AnytimeCommand], guarantees: Guarantees
    ) {
        var unknown: [NodeReference] = []
        let isUnknown = { [firstNodeSource, brokenParts] (reference: NodeReference) in
            firstNodeSource[reference.id] == nil && !brokenParts.mayDefine(reference.id)
        }
        if let start, isUnknown(start) { unknown.append(start) }
        for node in nodes {
            for edge in node.edges where isUnknown(edge.target) { unknown.append(edge.target) }
            // A question's fail-safe advice is shown without moving on: a target, but not an edge.
            if let ifUnclear = node.question?.ifUnclear, isUnknown(ifUnclear) { unknown.append(ifUnclear) }
        }
        for reference in anytime.map(\.target) where isUnknown(reference) { unknown.append(reference) }
        if let first = guarantees.firstQuestion, isUnknown(first) { unknown.append(first) }
        for reference in guarantees.neverReaches.flatMap(\.nodes) where isUnknown(reference) {
            unknown.append(reference)
        }
        if !unknown.isEmpty { reportUnknown(unknown) }
    }

    /// Each suggestion compares the name with every node: worked out once per name, and for the first
    /// `EditDistance.namesSuggestedFor` names only, so that thousands of unknown names in a large file cost
    /// time in proportion to the file, not to its square.
    private mutating func reportUnknown(_ unknown: [NodeReference]) {
        let ids = nodes.map(\.id)
        var suggestions: [String: String?] = [:]
        for reference in unknown {
            let suggestion: String?
            if let known = suggestions[reference.id] {
                suggestion = known
            } else if suggestions.count < EditDistance.namesSuggestedFor {
                suggestion = EditDistance.suggestion(for: reference.id, among: ids)
                suggestions[reference.id] = .some(suggestion)
            } else {
                suggestion = nil
            }
            diagnostics.append(
                DialogueLoadError(.unknownNode(reference.id, suggestion: suggestion), at: reference.source)
                    .diagnostic)
        }
    }

    /// A `never-reaches` tag no node has. A broken part may hold the tagged nodes: its own error is the
    /// one to report.
    private mutating func reportUnknownTags(_ guarantees: Guarantees) {
        let tags = Set(nodes.flatMap(\.tags))
        for forbidden in guarantees.neverReaches where brokenParts.isEmpty {
            for tag in forbidden.tags where !tags.contains(tag) {
                let suggestion = EditDistance.suggestion(for: tag, among: tags.sorted())
                diagnostics.append(
                    DialogueLoadError(.unknownTag(tag, suggestion: suggestion), at: forbidden.source).diagnostic)
            }
        }
    }

    private mutating func reportAnytimeTargetsNotMessages(_ anytime: [AnytimeCommand]) {
        for command in anytime {
            if let target = nodes.first(where: { $0.id == command.target.id }), !target.isMessage {
                diagnostics.append(
                    DialogueLoadError(
                        .anytimeTargetNotMessage(command: command.command, target: target.id), at: command.target.source
                    ).diagnostic)
            }
        }
    }

    /// The title, the review date and the sources as written, with where each was written, for the
    /// checks that look at every piece of text (control characters, bidi overrides).
    func metadataTexts(_ entries: [YAMLMappingEntry], reader: ValueReader) -> [DialogueText] {
        var texts: [DialogueText] = []
        for key in ["title", "reviewed", "sources"] {
            guard let value = entries.value(for: key) else { continue }
            for item in value.sequence ?? [value] {
                guard let scalar = item.scalar else { continue }
                texts.append(DialogueText(scalar.text, role: .metadata, source: reader.reference(item.range)))
            }
        }
        return texts
    }

    /// A file's bytes: the workspace's copy when it read the file already, otherwise from the file system.
    package func read(_ path: String) -> Result<SourceFile, FileRefusal> {
        parsed.source(at: path).map { .success($0) } ?? files.read(path)
    }

    /// The file's root node, and whether this load owns it (so `readNodes` may take it apart as it
    /// reads): always, since the tree is taken out of `parsed`. When a caller still holds another copy
    /// of `parsed`, taking parts out costs a copy, never a wrong result.
    package mutating func parse(_ source: SourceFile) -> (root: YAMLNode, owned: Bool)? {
        sources.append(source)
        switch parsed.takeDocument(for: source) {
        case .success(let document):
            guard let root = document.root else {
                diagnostics.append(Diagnostic(FileRefusal.empty, file: source.name, range: nil))
                return nil
            }
            return (root, true)
        case .failure(let error):
            diagnostics += error.diagnostics(file: source.name)
            brokenParts.add(source)
            return nil
        }
    }

    package mutating func report(_ reader: ValueReader) {
        diagnostics += reader.errors.map(\.diagnostic)
    }
}
