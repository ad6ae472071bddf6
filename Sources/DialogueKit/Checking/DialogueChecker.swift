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
        // Every node's ways on, worked out once: as positions for the structure checks, and the flags
        // they set and test for the flag checks, without holding the edges themselves.
        var flagUse = FlagUse()
        let links = NodeLinks(dialogue) { _, edge in flagUse.read(edge) }
        // Every text walked once, one node at a time, without gathering them into one array: the
        // flags they test for the flag checks, and the text checks' findings.
        let textFindings = texts(flagUse: &flagUse)
        var findings = structure(links)
        findings += answers()
        findings += flags(flagUse)
        findings += textFindings
        findings += metadata()
        findings += GuaranteeProver(dialogue: dialogue).findings()
        return findings
    }

    // MARK: Structure

    private func structure(_ links: NodeLinks) -> [CheckFinding] {
        var findings: [CheckFinding] = []
        let nodes = dialogue.nodes
        let reachable = reachableNodes(links)
        for (position, node) in nodes.enumerated() where !reachable[links.canonical[position]] {
            findings.append(CheckFinding(.unreachableNode(node.id), at: node.source))
        }
        let canEnd = nodesThatCanReachAnEnd(links)
        for (position, node) in nodes.enumerated() {
            let canonical = links.canonical[position]
            if reachable[canonical] && !canEnd[canonical] {
                findings.append(CheckFinding(.cannotReachEnd(node.id), at: node.source))
            }
        }
        findings += messageLoops(links)
        for node in nodes {
            if let choices = node.question?.choices, !choices.isEmpty, choices.allSatisfy({ !$0.condition.when.isEmpty }) {
                findings.append(CheckFinding(.questionMayOfferNothing(node.id), at: node.source))
            }
        }
        return findings
    }

    /// Nodes some route reaches from the start or from an `anytime` command, by position.
    private func reachableNodes(_ links: NodeLinks) -> [Bool] {
        var seen = [Bool](repeating: false, count: dialogue.nodes.count)
        var stack = ([dialogue.start.id] + dialogue.anytime.map(\.target.id)).compactMap(dialogue.position(of:))
        while let position = stack.popLast() {
            guard !seen[position] else { continue }
            seen[position] = true
            for case let target? in links.targets(of: position) where !seen[target] { stack.append(target) }
        }
        return seen
    }

    /// Nodes from which some route leads to an end, by position.
    private func nodesThatCanReachAnEnd(_ links: NodeLinks) -> [Bool] {
        let nodes = dialogue.nodes
        // Who leads to each node, as one flat array: node `t`'s are `from[firsts[t]..<firsts[t + 1]]`.
        var counts = [Int](repeating: 0, count: nodes.count + 1)
        for case let target? in links.targets { counts[target + 1] += 1 }
        for position in nodes.indices { counts[position + 1] += counts[position] }
        let firsts = counts
        var next = counts
        var from = [Int](repeating: 0, count: counts[nodes.count])
        for position in nodes.indices {
            for case let target? in links.targets(of: position) {
                from[next[target]] = links.canonical[position]
                next[target] += 1
            }
        }
        var seen = [Bool](repeating: false, count: nodes.count)
        var stack: [Int] = []
        for (position, node) in nodes.enumerated() where node.isEnd && !seen[links.canonical[position]] {
            seen[links.canonical[position]] = true
            stack.append(links.canonical[position])
        }
        while let position = stack.popLast() {
            for previous in from[firsts[position]..<firsts[position + 1]] where !seen[previous] {
                seen[previous] = true
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
    private func messageLoops(_ links: NodeLinks) -> [CheckFinding] {
        let nodes = dialogue.nodes
        var findings: [CheckFinding] = []
        var finished = [Bool](repeating: false, count: nodes.count)
        var onPath = [Int?](repeating: nil, count: nodes.count)
        var path: [Int] = []
        /// The messages a message leads to, each once, in the order written.
        func targets(_ position: Int) -> [Int] {
            guard nodes[position].isMessage else { return [] }
            var result: [Int] = []
            for case let target? in links.targets(of: position) where nodes[target].isMessage && !result.contains(target) {
                result.append(target)
            }
            return result
        }
        for (first, node) in nodes.enumerated() where node.isMessage && !finished[links.canonical[first]] {
            let start = links.canonical[first]
            var stack: [(position: Int, next: [Int], index: Int)] = [(start, targets(start), 0)]
            onPath[start] = 0
            path = [start]
            while let top = stack.last {
                guard top.index < top.next.count else {
                    stack.removeLast()
                    onPath[top.position] = nil
                    path.removeLast()
                    finished[top.position] = true
                    continue
                }
                let next = top.next[top.index]
                stack[stack.count - 1].index += 1
                if let start = onPath[next] {
                    let loop = path[start...].map { nodes[$0].id }
                    findings.append(CheckFinding(.messageLoop(loop + [loop[0]]), at: nodes[path[start]].source))
                } else if !finished[next] {
                    onPath[next] = path.count
                    path.append(next)
                    stack.append((next, targets(next), 0))
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
        // The command words by their length in bytes: most answer words have no command of their
        // length, or one or two to compare with, which is cheaper than hashing every word.
        var commandsByLength: [[(word: String, command: String)]] = []
        for (word, command) in commands {
            let length = word.utf8.count
            if commandsByLength.count <= length { commandsByLength += Array(repeating: [], count: length + 1 - commandsByLength.count) }
            commandsByLength[length].append((word, command))
        }
        func command(for typed: String) -> String? {
            let length = typed.utf8.count
            guard length < commandsByLength.count else { return nil }
            return commandsByLength[length].first { $0.word == typed }?.command
        }
        var findings: [CheckFinding] = []
        // Which choice each word typed belongs to, for the question at hand. A question has a few
        // words: they are compared one by one, and hashed only past `AnswerOwners.wordsComparedInTurn`.
        var owners = AnswerOwners()
        for node in dialogue.nodes {
            guard let choices = node.question?.choices else { continue }
            owners.removeAll()
            for (index, choice) in choices.enumerated() {
                for word in choice.names {
                    let typed = AnswerMatcher.normalize(word)
                    if let command = command(for: typed) {
                        findings.append(CheckFinding(.answerClashesWithCommand(question: node.id, typed: word, command: command), at: choice.source))
                    }
                    if let number = Int(typed), number >= 1, number <= choices.count, number != index + 1 {
                        findings.append(
                            CheckFinding(.answerIsANumber(question: node.id, typed: typed, answer: choice.label, other: choices[number - 1].label), at: choice.source))
                    }
                    if let other = owners.claim(typed, for: index), other != index {
                        findings.append(
                            CheckFinding(.answersClash(question: node.id, typed: word, first: choices[other].label, second: choice.label), at: choice.source))
                    }
                }
            }
        }
        return findings
    }

    // MARK: Flags

    private func flags(_ use: FlagUse) -> [CheckFinding] {
        let set = use.set
        // Where each flag is tested, in the order texts, edges, commands, guarantees: the first place
        // is the one a finding about a flag never set points at.
        var tested = use.testedByTexts + use.testedByEdges
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

    /// Every piece of text the dialogue can show, in the order of `Dialogue.texts`, handed over one at
    /// a time instead of gathered into one array.
    private func forEachText(_ body: (DialogueText) -> Void) {
        for node in dialogue.nodes {
            for item in node.say { body(DialogueText(item.text, role: .say, condition: item.condition, source: item.source)) }
            for item in node.plan { body(DialogueText(item.text, role: .plan, condition: item.condition, source: item.source)) }
            for text in node.kind.body.texts { body(text) }
        }
        for item in dialogue.support { body(DialogueText(item.text, role: .support, condition: item.condition, source: item.source)) }
        for command in dialogue.anytime {
            body(DialogueText(command.help, role: .commandHelp, condition: command.condition, source: command.source))
        }
    }

    /// Words the adult may type and names authors write, which are shown or matched but are not prose:
    /// answers' other words, commands and their other words, contact names and details.
    private func forEachName(_ body: (DialogueText) -> Void) {
        for node in dialogue.nodes {
            for choice in node.question?.choices ?? [] {
                for synonym in choice.synonyms { body(DialogueText(synonym, role: .metadata, source: choice.source)) }
            }
        }
        for command in dialogue.anytime {
            body(DialogueText(command.command, role: .metadata, source: command.source))
            for synonym in command.synonyms { body(DialogueText(synonym, role: .metadata, source: command.source)) }
        }
        for contact in dialogue.contacts {
            body(DialogueText(contact.name, role: .metadata, source: contact.source))
            for detail in contact.details { body(DialogueText(detail, role: .metadata, source: contact.source)) }
        }
    }

    /// The text checks (control characters, contact mentions), walking the texts once; the flags each
    /// shown text tests go to `flagUse` on the way.
    private func texts(flagUse: inout FlagUse) -> [CheckFinding] {
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
        func check(_ item: DialogueText) {
            let (text, source) = (item.text, item.source)
            if !Self.isPrintableASCII(text), let index = text.unicodeScalars.firstIndex(where: Self.isControl) {
                let control = text.unicodeScalars[index]
                let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: index)
                findings.append(CheckFinding(.controlCharacter(control.value), at: place(scalarOffset: offset, length: 1, in: text, at: source)))
            }
            guard item.role != .metadata else { return }
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
        forEachText { item in
            flagUse.read(item)
            check(item)
        }
        for item in dialogue.metadataTexts { check(item) }
        forEachName(check)
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
    /// Read 8 bytes at a time: a word is printable ASCII when no byte is below 0x20 (a line feed
    /// aside, looked at byte by byte) or 0x7F and above.
    private static func isPrintableASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            func printable(_ byte: UInt8) -> Bool { byte == 0x0A || (byte >= 0x20 && byte < 0x7F) }
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            var index = 0
            while index + 8 <= bytes.count, let base = bytes.baseAddress {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // A high bit set: a byte of 0x80 or above; `word + 0x01…` carrying into a high bit: 0x7F;
                // `word - 0x20…` borrowing into a high bit: a byte below 0x20. Any of them: look closer.
                let suspect = (word | (word &+ ones) | (word &- 0x2020_2020_2020_2020)) & highs
                if suspect != 0 {
                    for byte in bytes[index..<(index + 8)] where !printable(byte) { return false }
                }
                index += 8
            }
            return bytes[index...].allSatisfy(printable)
        } ?? false
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && VisibleText.mustEscape(scalar)
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
