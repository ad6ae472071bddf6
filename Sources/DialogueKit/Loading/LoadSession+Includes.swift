/// `include:`: the parts of a dialogue in other files, confined to the main dialogue's folder.
extension LoadSession {
    /// Loads each file an `include:` names, refusing absolute paths, files that are not dialogues and
    /// files outside the main dialogue's folder (after links) with a reason that never quotes their bytes.
    mutating func readIncludes(_ include: YAMLMappingEntry, from path: String, reader: inout ValueReader) {
        let items = include.value.sequence ?? [include.value]
        for item in items {
            guard let name = reader.text(item, key: "include") else { continue }
            let reference = reader.reference(item.range)
            func refuse(_ reason: FileRefusal) {
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
                refuse(refusal)
                continue
            case .success(let located): identity = located
            }
            if loadingStack.contains(identity) {
                diagnostics.append(DialogueLoadError(.includeCycle(name), at: reference).diagnostic)
                continue
            }
            // Each level of includes is a level of the loader's stack: a long chain must stop with a
            // message, not overflow it.
            if loadingStack.count >= IncludeRule.maximumDepth {
                refuse(.includesTooDeep(limit: IncludeRule.maximumDepth))
                continue
            }
            guard loaded.insert(identity).inserted else { continue }
            switch read(includedPath) {
            case .failure(let refusal):
                refuse(refusal)
            case .success(let source):
                if let problem = IncludeRule.problem(withBytes: source.bytes) {
                    refuse(problem)
                    continue
                }
                loadIncluded(source, identity: identity)
            }
        }
    }

    mutating func loadIncluded(_ source: SourceFile, identity: String) {
        guard let (parsedRoot, owned) = parse(source) else { return }
        var root = parsedRoot
        var reader = ValueReader(file: source.name)
        loadingStack.append(identity)
        defer { loadingStack.removeLast() }
        guard
            var entries = reader.mapping(
                root, key: "the file", allowed: DialogueLoader.includedFileKeys, context: "an included file")
        else {
            report(reader)
            return
        }
        if owned { root.content = YAMLNode.taken.content }
        if let nodesIndex = entries.firstIndex(where: { $0.key == "nodes" }) {
            readNodes(entries.value(at: nodesIndex, taking: owned), taking: owned, reader: &reader)
        } else {
            reader.fail(.missingKey("nodes", context: "an included file"), SourceRange(at: root.range.start))
        }
        if let provenance = reader.provenance(in: entries, scope: .file(source.name)) {
            partProvenance.append(provenance)
        }
        if let include = entries.entry(for: "include") {
            readIncludes(include, from: source.name, reader: &reader)
        }
        report(reader)
    }
}
