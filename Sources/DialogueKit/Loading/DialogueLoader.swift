/// Turns dialogue files into a `Dialogue`, or into every diagnostic that stops it loading.
///
/// It parses the main file and any files it includes, reads each key into the model (unknown keys get a
/// "did you mean"), then checks that every route leads to a node that exists.
public struct DialogueLoader: Sendable {
    public static let topLevelKeys = [
        "title", "reviewed", "sources", "start", "include", "contacts", "guarantees", "anytime", "support", "nodes",
    ]
    public static let guaranteeKeys = [
        "first-question", "works-everywhere", "every-ending-mentions", "every-plan-includes", "never-reaches",
    ]
    public static let neverReachesKeys = ["nodes", "when", "unless"]
    public static let includedFileKeys = ["include", "nodes", "sources", "reviewed"]
    public static let nodeKeys = [
        "say", "plan", "ask", "help", "choices", "collect", "into", "accepts", "next", "pause", "end", "sources", "reviewed",
    ]
    public static let choiceKeys = ["label", "also", "numbers", "go", "set", "when", "unless"]
    public static let routeKeys = ["go", "when", "unless"]
    public static let anytimeKeys = ["command", "also", "go", "help", "when", "unless"]

    let files: any DialogueFileSystem
    let parsed: ParsedFiles

    /// `parsed` holds files parsed already (by a workspace), so that no file is parsed twice.
    public init(files: any DialogueFileSystem, parsed: ParsedFiles = ParsedFiles()) {
        self.files = files
        self.parsed = parsed
    }

    public func load(_ path: String) -> LoadOutcome {
        var session = LoadSession(files: files, parsed: parsed)
        let dialogue = session.loadMain(path)
        return LoadOutcome(dialogue: dialogue, diagnostics: session.diagnostics, sources: session.sources)
    }
}

/// The state of one load: files read, nodes found so far, problems met.
private struct LoadSession {
    let files: any DialogueFileSystem
    let parsed: ParsedFiles
    var diagnostics: [Diagnostic] = []
    var sources: [SourceFile] = []
    var nodes: [DialogueNode] = []
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
    var loaded: Set<String> = []
    /// The folder of the main dialogue: includes must stay inside it.
    var includeFolder = ""

    init(files: any DialogueFileSystem, parsed: ParsedFiles) {
        self.files = files
        self.parsed = parsed
    }

    mutating func loadMain(_ path: String) -> Dialogue? {
        let source: SourceFile
        switch read(path) {
        case .success(let read): source = read
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
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

        guard var entries = reader.mapping(root, key: "the dialogue", allowed: DialogueLoader.topLevelKeys, context: "the dialogue") else {
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
        if let nodesIndex = entries.firstIndex(where: { $0.key == "nodes" }) {
            readNodes(entries.value(at: nodesIndex, taking: owned), taking: owned, reader: &reader)
        } else {
            reader.fail(.missingKey("nodes", context: "the dialogue"), SourceRange(at: root.range.start))
        }
        if let include = entries.entry(for: "include") {
            readIncludes(include, from: path, reader: &reader)
        }
        report(reader)

        checkNames(guarantees, commands: anytime, contacts: contacts)
        // Every reference to a node, in the order written: `start`, each node's ways on, the commands,
        // then the guarantees. Only the unknown ones are gathered (most dialogues have none).
        var unknown: [NodeReference] = []
        let isUnknown = { [firstNodeSource, brokenParts] (reference: NodeReference) in
            firstNodeSource[reference.id] == nil && !brokenParts.mayDefine(reference.id)
        }
        if let start, isUnknown(start) { unknown.append(start) }
        for node in nodes {
            node.forEachTarget { if isUnknown($0) { unknown.append($0) } }
        }
        for reference in anytime.map(\.target) where isUnknown(reference) { unknown.append(reference) }
        if let first = guarantees.firstQuestion, isUnknown(first) { unknown.append(first) }
        for reference in guarantees.neverReaches.flatMap(\.nodes) where isUnknown(reference) { unknown.append(reference) }
        if !unknown.isEmpty {
            let ids = nodes.map(\.id)
            for reference in unknown {
                let suggestion = EditDistance.suggestion(for: reference.id, among: ids)
                diagnostics.append(DialogueLoadError(.unknownNode(reference.id, suggestion: suggestion), at: reference.source).diagnostic)
            }
        }
        for command in anytime {
            if let target = nodes.first(where: { $0.id == command.target.id }), !target.isMessage {
                diagnostics.append(
                    DialogueLoadError(.anytimeTargetNotMessage(command: command.command, target: target.id), at: command.target.source).diagnostic)
            }
        }

        guard diagnostics.isEmpty, let title, let start else { return nil }
        let metadataKey = entries.entry(for: "reviewed") ?? entries.entry(for: "sources") ?? entries.entry(for: "title")
        return Dialogue(
            title: title, reviewed: reviewed, sources: sourcesList, start: start, nodes: nodes, anytime: anytime,
            support: support, contacts: contacts, guarantees: guarantees,
            metadataSource: metadataKey.map { SourceReference(file: path, range: $0.keyRange) }, partProvenance: partProvenance,
            metadataTexts: metadataTexts(entries, reader: reader), file: path)
    }

    /// The title, the review date and the sources as written, with where each was written, for the
    /// checks that look at every piece of text (control characters, bidi overrides).
    private func metadataTexts(_ entries: [YAMLMappingEntry], reader: ValueReader) -> [DialogueText] {
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
    private func read(_ path: String) -> Result<SourceFile, Diagnostic> {
        parsed.source(at: path).map { .success($0) } ?? files.read(path)
    }

    /// The file's root node, and whether this load owns it (the only copy, which `readNodes` may take
    /// apart as it reads) or shares it with `parsed`.
    private mutating func parse(_ source: SourceFile) -> (root: YAMLNode, owned: Bool)? {
        sources.append(source)
        let (outcome, kept) = parsed.document(for: source)
        switch outcome {
        case .success(let document):
            guard let root = document.root else {
                diagnostics.append(Diagnostic(.error, "the file is empty", file: source.name, range: nil))
                return nil
            }
            return (root, !kept)
        case .failure(let error):
            diagnostics += error.diagnostics(file: source.name)
            brokenParts.add(source)
            return nil
        }
    }

    private mutating func report(_ reader: ValueReader) {
        diagnostics += reader.errors.map(\.diagnostic)
    }

    // MARK: Includes

    /// Loads each file an `include:` names, refusing absolute paths, files that are not dialogues and
    /// files outside the main dialogue's folder (after links) with a reason that never quotes their bytes.
    private mutating func readIncludes(_ include: YAMLMappingEntry, from path: String, reader: inout ValueReader) {
        let items = include.value.sequence ?? [include.value]
        for item in items {
            guard let name = reader.text(item, key: "include") else { continue }
            let reference = reader.reference(item.range)
            func refuse(_ reason: String) {
                diagnostics.append(DialogueLoadError(.includeFailed(name, reason: reason), at: reference).diagnostic)
                brokenParts.addUnreadable()
            }
            if let problem = IncludeRule.problem(withName: name) {
                refuse(problem)
                continue
            }
            let includedPath = Path.join(Path.directory(of: path), name)
            let identity: String
            switch files.locate(includedPath, inside: includeFolder) {
            case .failure(.linkLoop):
                diagnostics.append(DialogueLoadError(.includeCycle(name), at: reference).diagnostic)
                continue
            case .failure(let refusal):
                refuse(refusal.reason)
                continue
            case .success(let located): identity = located
            }
            if loadingStack.contains(identity) {
                diagnostics.append(DialogueLoadError(.includeCycle(name), at: reference).diagnostic)
                continue
            }
            guard loaded.insert(identity).inserted else { continue }
            switch read(includedPath) {
            case .failure(let failure):
                refuse(failure.message)
            case .success(let source):
                if let problem = IncludeRule.problem(withBytes: source.bytes) {
                    refuse(problem)
                    continue
                }
                loadIncluded(source, identity: identity)
            }
        }
    }

    private mutating func loadIncluded(_ source: SourceFile, identity: String) {
        guard let (parsedRoot, owned) = parse(source) else { return }
        var root = parsedRoot
        var reader = ValueReader(file: source.name)
        loadingStack.append(identity)
        defer { loadingStack.removeLast() }
        guard var entries = reader.mapping(root, key: "the file", allowed: DialogueLoader.includedFileKeys, context: "an included file") else {
            report(reader)
            return
        }
        if owned { root.content = YAMLNode.taken.content }
        if let nodesIndex = entries.firstIndex(where: { $0.key == "nodes" }) {
            readNodes(entries.value(at: nodesIndex, taking: owned), taking: owned, reader: &reader)
        } else {
            reader.fail(.missingKey("nodes", context: "an included file"), SourceRange(at: root.range.start))
        }
        if let provenance = reader.provenance(in: entries, scope: .file(source.name)) { partProvenance.append(provenance) }
        if let include = entries.entry(for: "include") {
            readIncludes(include, from: source.name, reader: &reader)
        }
        report(reader)
    }

    // MARK: Nodes

    /// Reads every node under `nodes:`. When `take` (this load owns the tree), each node's part of the
    /// tree is taken out and let go once read, so the tree shrinks as the dialogue grows and the two are
    /// never held whole at the same time.
    private mutating func readNodes(_ node: consuming YAMLNode, taking take: Bool, reader: inout ValueReader) {
        guard var entries = take ? node.takeMapping() : node.mapping else {
            reader.fail(.wrongKind(key: "nodes", expected: "a set of nodes, each 'id:' followed by its keys"), node.range)
            return
        }
        // Room for every node up front: an array doubling as it grows holds its old and new storage at
        // once and ends up to half empty. Grown at least twofold, so that many small included files
        // still cost linear time (a dictionary's capacity grows by powers of two of itself).
        if nodes.capacity < nodes.count + entries.count {
            nodes.reserveCapacity(max(nodes.count + entries.count, nodes.capacity * 2))
        }
        firstNodeSource.reserveCapacity(firstNodeSource.count + entries.count)
        for index in entries.indices {
            let key = entries[index].key
            let keyRange = entries[index].keyRange
            let source = reader.reference(keyRange)
            if let first = firstNodeSource[key] {
                reader.fail(.duplicateNode(key, first: first), keyRange)
                continue
            }
            firstNodeSource[key] = source
            if let parsed = NodeReader.read(id: key, entries.value(at: index, taking: take), source: source, reader: &reader) {
                nodes.append(parsed)
            }
        }
    }

    private func readContacts(_ node: YAMLNode, reader: inout ValueReader) -> [Contact] {
        guard let entries = node.mapping else {
            reader.fail(.wrongKind(key: "contacts", expected: "a set of 'Service name: [number, address]' lines"), node.range)
            return []
        }
        return entries.map { entry in
            Contact(name: entry.key, details: reader.words(entry.value, key: entry.key), source: reader.reference(entry.keyRange))
        }
    }

    private func readGuarantees(_ entry: YAMLMappingEntry, reader: inout ValueReader) -> Guarantees {
        guard let entries = reader.mapping(entry.value, key: "guarantees", allowed: DialogueLoader.guaranteeKeys, context: "'guarantees'")
        else { return .none }
        func named(_ key: String) -> [Guarantees.Named] {
            guard let value = entries.value(for: key) else { return [] }
            let items = value.sequence ?? [value]
            return items.compactMap { item in
                reader.text(item, key: key).map { Guarantees.Named(name: $0, source: reader.reference(item.range)) }
            }
        }
        return Guarantees(
            firstQuestion: entries.value(for: "first-question").flatMap { reader.nodeReference($0, key: "first-question") },
            worksEverywhere: named("works-everywhere"),
            everyEndingMentions: named("every-ending-mentions"),
            everyPlanIncludes: entries.value(for: "every-plan-includes").map { value in
                reader.textItems(value, key: "every-plan-includes").map {
                    Guarantees.PlanText(text: $0.text, condition: $0.condition, source: $0.source)
                }
            } ?? [],
            neverReaches: entries.value(for: "never-reaches").map { readNeverReaches($0, reader: &reader) } ?? [],
            source: reader.reference(entry.keyRange))
    }

    /// `never-reaches`: one `{nodes, when, unless}` entry, or a list of them.
    private func readNeverReaches(_ value: YAMLNode, reader: inout ValueReader) -> [Guarantees.Forbidden] {
        (value.sequence ?? [value]).compactMap { item in
            let context = "a 'never-reaches' entry"
            guard let entries = reader.mapping(item, key: "never-reaches", allowed: DialogueLoader.neverReachesKeys, context: context),
                let nodesNode = reader.required("nodes", in: entries, context: context, at: item.range)
            else { return nil }
            let nodes = (nodesNode.sequence ?? [nodesNode]).compactMap { reader.nodeReference($0, key: "nodes") }
            return Guarantees.Forbidden(nodes: nodes, condition: reader.condition(in: entries), source: reader.reference(item.range))
        }
    }

    /// Guarantees name commands and contacts; each must exist.
    private mutating func checkNames(_ guarantees: Guarantees, commands: [AnytimeCommand], contacts: [Contact]) {
        let commandNames = commands.map(\.command)
        for named in guarantees.worksEverywhere where !commandNames.contains(named.name) {
            let suggestion = EditDistance.suggestion(for: named.name, among: commandNames)
            diagnostics.append(DialogueLoadError(.unknownCommand(named.name, suggestion: suggestion), at: named.source).diagnostic)
        }
        let contactNames = contacts.map(\.name)
        for named in guarantees.everyEndingMentions where !contactNames.contains(named.name) {
            let suggestion = EditDistance.suggestion(for: named.name, among: contactNames)
            diagnostics.append(DialogueLoadError(.unknownContact(named.name, suggestion: suggestion), at: named.source).diagnostic)
        }
    }

    private mutating func readAnytime(_ node: YAMLNode, reader: inout ValueReader) -> [AnytimeCommand] {
        guard let items = node.sequence else {
            reader.fail(.wrongKind(key: "anytime", expected: "a list of commands"), node.range)
            return []
        }
        return items.compactMap { item in
            guard let entries = reader.mapping(item, key: "anytime", allowed: DialogueLoader.anytimeKeys, context: "an 'anytime' command")
            else { return nil }
            let context = "an 'anytime' command"
            guard let commandNode = reader.required("command", in: entries, context: context, at: item.range),
                let goNode = reader.required("go", in: entries, context: context, at: item.range)
            else { return nil }
            guard let command = reader.text(commandNode, key: "command"), let target = reader.nodeReference(goNode, key: "go")
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
