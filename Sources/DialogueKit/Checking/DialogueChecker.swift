/// `signpost check`'s findings about a loaded dialogue: structure, answers, flags, text, contacts,
/// metadata and the declared safety guarantees. Pure: the date to judge `reviewed` by is passed in.
public struct DialogueChecker: Sendable {
    public let dialogue: Dialogue
    public let today: CalendarDate
    /// The dialogue's files, when at hand, to place findings about a few words of a long text exactly.
    public let sources: [SourceFile]

    public init(dialogue: Dialogue, today: CalendarDate, sources: [SourceFile] = []) {
        self.dialogue = dialogue
        self.today = today
        self.sources = sources
    }

    public func findings() -> [CheckFinding] {
        // Every text, and every node's ways on, worked out once for the checks that read them all.
        let texts = dialogue.texts
        let nodeEdges = dialogue.nodes.map(\.edges)
        let edges = nodeEdges.flatMap { $0 }
        var findings = structure(nodeEdges: nodeEdges)
        findings += answers()
        findings += flags(texts: texts, edges: edges)
        findings += self.texts(texts)
        findings += metadata()
        findings += GuaranteeProver(dialogue: dialogue).findings()
        return findings
    }

    // MARK: Structure

    private func structure(nodeEdges: [[Edge]]) -> [CheckFinding] {
        var findings: [CheckFinding] = []
        let reachable = reachableNodes()
        for node in dialogue.nodes where !reachable.contains(node.id) {
            findings.append(CheckFinding(.unreachableNode(node.id), at: node.source))
        }
        let canEnd = nodesThatCanReachAnEnd(nodeEdges: nodeEdges)
        for node in dialogue.nodes where reachable.contains(node.id) && !canEnd.contains(node.id) {
            findings.append(CheckFinding(.cannotReachEnd(node.id), at: node.source))
        }
        findings += messageLoops()
        for node in dialogue.nodes {
            if let choices = node.question?.choices, !choices.isEmpty, choices.allSatisfy({ !$0.condition.when.isEmpty }) {
                findings.append(CheckFinding(.questionMayOfferNothing(node.id), at: node.source))
            }
        }
        return findings
    }

    /// Nodes some route reaches from the start or from an `anytime` command.
    private func reachableNodes() -> Set<String> {
        var seen: Set<String> = []
        var stack = [dialogue.start.id] + dialogue.anytime.map(\.target.id)
        while let id = stack.popLast() {
            guard seen.insert(id).inserted, let node = dialogue.node(id) else { continue }
            stack += node.edges.map(\.target.id)
        }
        return seen
    }

    /// Nodes from which some route leads to an end.
    private func nodesThatCanReachAnEnd(nodeEdges: [[Edge]]) -> Set<String> {
        var leadsTo: [String: [String]] = [:]
        leadsTo.reserveCapacity(dialogue.nodes.count)
        for (node, edges) in zip(dialogue.nodes, nodeEdges) {
            for edge in edges { leadsTo[edge.target.id, default: []].append(node.id) }
        }
        var seen = Set(dialogue.nodes.filter(\.isEnd).map(\.id))
        var stack = Array(seen)
        while let id = stack.popLast() {
            for previous in leadsTo[id] ?? [] where seen.insert(previous).inserted {
                stack.append(previous)
            }
        }
        return seen
    }

    /// Circles made of messages alone, which would show text forever without asking anything.
    ///
    /// A depth-first walk over messages and the routes between them (a message may have several when
    /// `next` depends on flags), marking the messages on the current path: a route back to one of them
    /// closes a circle. Each message and route is looked at once.
    private func messageLoops() -> [CheckFinding] {
        var findings: [CheckFinding] = []
        var finished: Set<String> = []
        var onPath: [String: Int] = [:]
        var path: [String] = []
        func targets(_ id: String) -> [String] {
            guard case .message(let body)? = dialogue.node(id)?.kind else { return [] }
            var seen: Set<String> = []
            return body.edges.map(\.target.id).filter { seen.insert($0).inserted && dialogue.node($0)?.isMessage == true }
        }
        for node in dialogue.nodes where node.isMessage && !finished.contains(node.id) {
            var stack: [(id: String, next: [String])] = [(node.id, targets(node.id))]
            onPath[node.id] = 0
            path = [node.id]
            while let top = stack.last {
                guard let next = top.next.first else {
                    stack.removeLast()
                    onPath[top.id] = nil
                    path.removeLast()
                    finished.insert(top.id)
                    continue
                }
                stack[stack.count - 1].next.removeFirst()
                if let start = onPath[next], let first = dialogue.node(path[start]) {
                    let loop = Array(path[start...])
                    findings.append(CheckFinding(.messageLoop(loop + [loop[0]]), at: first.source))
                } else if !finished.contains(next), onPath[next] == nil {
                    onPath[next] = path.count
                    path.append(next)
                    stack.append((next, targets(next)))
                }
            }
        }
        return findings
    }

    // MARK: Answers

    private func answers() -> [CheckFinding] {
        var commands: [String: String] = [:]
        for command in BuiltInCommand.allCases {
            for word in [command.rawValue] + command.synonyms { commands[AnswerMatcher.normalize(word)] = command.rawValue }
        }
        for command in dialogue.anytime {
            for word in [command.command] + command.synonyms { commands[AnswerMatcher.normalize(word)] = command.command }
        }
        var findings: [CheckFinding] = []
        for node in dialogue.nodes {
            guard let choices = node.question?.choices else { continue }
            var owner: [String: Int] = [:]
            owner.reserveCapacity(choices.count * 4)
            for (index, choice) in choices.enumerated() {
                for word in choice.names {
                    let typed = AnswerMatcher.normalize(word)
                    if let command = commands[typed] {
                        findings.append(CheckFinding(.answerClashesWithCommand(question: node.id, typed: word, command: command), at: choice.source))
                    }
                    if let number = Int(typed), number >= 1, number <= choices.count, number != index + 1 {
                        findings.append(
                            CheckFinding(.answerIsANumber(question: node.id, typed: typed, answer: choice.label, other: choices[number - 1].label), at: choice.source))
                    }
                    if let other = owner[typed], other != index {
                        findings.append(
                            CheckFinding(.answersClash(question: node.id, typed: word, first: choices[other].label, second: choice.label), at: choice.source))
                    } else {
                        owner[typed] = index
                    }
                }
            }
        }
        return findings
    }

    // MARK: Flags

    private func flags(texts: [DialogueText], edges: [Edge]) -> [CheckFinding] {
        var set: [String: SourceReference] = [:]
        for edge in edges {
            for flag in edge.sets where set[flag] == nil { set[flag] = edge.source }
        }
        var tested: [(String, SourceReference)] = []
        // `condition.flags` is `when + unless`: read in that order without making the array.
        for text in texts {
            for flag in text.condition.when { tested.append((flag, text.source)) }
            for flag in text.condition.unless { tested.append((flag, text.source)) }
        }
        for edge in edges {
            for flag in edge.condition.when { tested.append((flag, edge.source)) }
            for flag in edge.condition.unless { tested.append((flag, edge.source)) }
        }
        tested += dialogue.anytime.flatMap { command in command.condition.flags.map { ($0, command.source) } }
        tested += dialogue.guarantees.testedFlags.map { ($0.flag, $0.source) }
        let testedNames = Set(tested.map(\.0))
        var findings = set.keys.sorted().filter { !testedNames.contains($0) }.compactMap { flag in
            set[flag].map { CheckFinding(.flagNeverTested(flag), at: $0) }
        }
        var reported: Set<String> = []
        for (flag, source) in tested where set[flag] == nil && reported.insert(flag).inserted {
            findings.append(CheckFinding(.flagNeverSet(flag, suggestion: EditDistance.suggestion(for: flag, among: set.keys.sorted())), at: source))
        }
        return findings
    }

    // MARK: Text

    private func texts(_ texts: [DialogueText]) -> [CheckFinding] {
        var findings: [CheckFinding] = []
        // Each declared detail once, with the key it is compared by and its kind, and the details of
        // each kind for "did you mean": worked out once, not for every mention.
        let declared = dialogue.contacts.flatMap { contact in
            contact.details.map { detail in
                let mention = ContactMentions.find(in: detail).first
                return (contact: contact, detail: detail, key: mention?.key ?? detail.lowercased(), kind: mention?.kind)
            }
        }
        let declaredKeys = Set(declared.map(\.key))
        var candidates: [ContactMentions.Kind: [String]] = [:]
        for entry in declared { if let kind = entry.kind { candidates[kind, default: []].append(entry.detail) } }
        var used: Set<String> = []
        for item in [texts, dialogue.metadataTexts, Self.names(in: dialogue)].joined() {
            let (text, source) = (item.text, item.source)
            if !Self.isPrintableASCII(text), let index = text.unicodeScalars.firstIndex(where: Self.isControl) {
                let control = text.unicodeScalars[index]
                let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: index)
                findings.append(CheckFinding(.controlCharacter(control.value), at: place(scalarOffset: offset, length: 1, in: text, at: source)))
            }
            guard item.role != .metadata else { continue }
            for mention in ContactMentions.find(in: text) {
                if declaredKeys.contains(mention.key) {
                    used.insert(mention.key)
                    continue
                }
                let suggestion = EditDistance.suggestion(for: mention.text, among: candidates[mention.kind] ?? [])
                let place = place(of: mention, in: text, at: source)
                switch mention.kind {
                case .phoneNumber:
                    findings.append(CheckFinding(.undeclaredPhoneNumber(mention.text, suggestion: suggestion, contactsFile: dialogue.file), at: place))
                case .address:
                    findings.append(CheckFinding(.undeclaredAddress(mention.text, suggestion: suggestion, contactsFile: dialogue.file), at: place))
                }
            }
        }
        for entry in declared where !used.contains(entry.key) {
            findings.append(CheckFinding(.unusedContactDetail(contact: entry.contact.name, detail: entry.detail), at: entry.contact.source))
        }
        return findings
    }

    /// Where a mention was written, so the marker sits under it: found in the file when it is at hand
    /// (see `TextPlacement`), else worked out when the text is on one line with nothing in it escaped;
    /// else the whole text.
    func place(of mention: ContactMentions.Mention, in text: String, at source: SourceReference) -> SourceReference {
        place(scalarOffset: mention.offset, length: mention.length, in: text, at: source)
    }

    /// Where `length` scalars from `scalarOffset` in `text` were written, as for a mention.
    func place(scalarOffset offset: Int, length: Int, in text: String, at source: SourceReference) -> SourceReference {
        let mention = (offset: offset, length: length)
        let range = source.range
        if let file = sources.first(where: { $0.name == source.file }),
            let exact = TextPlacement.range(ofScalars: mention.offset, length: mention.length, in: text, writtenAt: range, file: file)
        {
            return SourceReference(file: source.file, range: exact)
        }
        guard range.start.line == range.end.line else { return source }
        let scalars = Array(text.unicodeScalars)
        let width = range.end.column - range.start.column
        let quote: Int
        if width == scalars.count, range.end.offset - range.start.offset == text.utf8.count {
            quote = 0
        } else if width == scalars.count + 2, range.end.offset - range.start.offset == text.utf8.count + 2 {
            quote = 1
        } else {
            return source
        }
        func bytes(_ part: ArraySlice<Unicode.Scalar>) -> Int { part.reduce(0) { $0 + UTF8.width($1) } }
        let startOffset = range.start.offset + quote + bytes(scalars[..<mention.offset])
        let start = SourceLocation(line: range.start.line, column: range.start.column + quote + mention.offset, offset: startOffset)
        let end = SourceLocation(
            line: range.start.line, column: start.column + mention.length,
            offset: startOffset + bytes(scalars[mention.offset..<(mention.offset + mention.length)]))
        return SourceReference(file: source.file, range: SourceRange(start: start, end: end))
    }

    /// Control characters, bidi overrides and invisible format characters: anything `VisibleText` would
    /// have to write out, but a line break.
    /// Text of printable ASCII and line feeds only, which has no control character: known from its
    /// bytes, without reading it scalar by scalar.
    private static func isPrintableASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 == 0x0A || ($0 >= 0x20 && $0 < 0x7F) }
        } ?? false
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && VisibleText.mustEscape(scalar)
    }

    /// Words the adult may type and names authors write, which are shown or matched but are not prose:
    /// answers' other words, commands and their other words, contact names and details.
    private static func names(in dialogue: Dialogue) -> [DialogueText] {
        let choices = dialogue.nodes.flatMap { $0.question?.choices ?? [] }
        return choices.flatMap { choice in choice.synonyms.map { DialogueText($0, role: .metadata, source: choice.source) } }
            + dialogue.anytime.flatMap { command in
                ([command.command] + command.synonyms).map { DialogueText($0, role: .metadata, source: command.source) }
            }
            + dialogue.contacts.flatMap { contact in
                ([contact.name] + contact.details).map { DialogueText($0, role: .metadata, source: contact.source) }
            }
    }


    // MARK: Metadata

    private func metadata() -> [CheckFinding] {
        let source = dialogue.metadataSource ?? SourceReference(file: dialogue.file, range: SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0)))
        var findings: [CheckFinding] = []
        if let reviewed = dialogue.reviewed {
            if let date = CalendarDate(reviewed) {
                if date < today.twelveMonthsEarlier { findings.append(CheckFinding(.reviewedLongAgo(reviewed), at: source)) }
            } else {
                findings.append(CheckFinding(.reviewedNotADate(reviewed), at: source))
            }
        } else {
            findings.append(CheckFinding(.notReviewed, at: source))
        }
        if dialogue.sources.isEmpty { findings.append(CheckFinding(.noSources, at: source)) }
        for part in dialogue.partProvenance + dialogue.nodes.compactMap(\.provenance) {
            guard let reviewed = part.reviewed else { continue }
            if let date = CalendarDate(reviewed) {
                if date < today.twelveMonthsEarlier { findings.append(CheckFinding(.partReviewedLongAgo(reviewed, part.scope), at: part.source)) }
            } else {
                findings.append(CheckFinding(.reviewedNotADate(reviewed), at: part.source))
            }
        }
        return findings
    }
}
