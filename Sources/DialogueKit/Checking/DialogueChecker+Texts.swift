/// Texts: control characters and bidi overrides, and phone numbers, web and email addresses not
/// declared under `contacts`, each at the character where it is.
extension DialogueChecker {
    /// Every piece of text the dialogue can show, in the order of `Dialogue.texts`, handed over one at
    /// a time instead of gathered into one array.
    func forEachText(_ body: (DialogueText) -> Void) {
        for node in dialogue.nodes {
            for item in node.say {
                body(DialogueText(item.text, role: .say, condition: item.condition, source: item.source))
            }
            for item in node.plan {
                body(DialogueText(item.text, role: .plan, condition: item.condition, source: item.source))
            }
            for text in node.kind.body.texts { body(text) }
        }
        for item in dialogue.support {
            body(DialogueText(item.text, role: .support, condition: item.condition, source: item.source))
        }
        for command in dialogue.anytime {
            body(DialogueText(command.help, role: .commandHelp, condition: command.condition, source: command.source))
        }
    }

    /// Words the adult may type and names authors write, which are shown or matched but are not prose:
    /// answers' other words, commands and their other words, contact names and details.
    func forEachName(_ body: (DialogueText) -> Void) {
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

    /// The declared contact details, worked out once for the text checks, not for every mention.
    private struct DeclaredDetails {
        /// Each declared detail once, with the key it is compared by and its kind.
        var entries: [(contact: Contact, detail: String, key: String, kind: ContactMentions.Kind?)]
        var keys: Set<String>
        /// Which contact each declared key belongs to (the first that lists it), for the service check.
        var owners: [String: Int] = [:]
        var detailsByKey: [String: String]
        /// The details of each kind, for "did you mean".
        var candidates: [ContactMentions.Kind: [String]] = [:]

        init(_ contacts: [Contact]) {
            entries = contacts.flatMap { contact in
                contact.details.map { detail in
                    let mention = ContactMentions.find(in: detail).first
                    return (
                        contact: contact, detail: detail, key: mention?.key ?? detail.lowercased(), kind: mention?.kind
                    )
                }
            }
            keys = Set(entries.map(\.key))
            for (index, contact) in contacts.enumerated() {
                for detail in contact.details {
                    let key = ContactMentions.find(in: detail).first?.key ?? detail.lowercased()
                    if owners[key] == nil { owners[key] = index }
                }
            }
            detailsByKey = Dictionary(entries.map { ($0.key, $0.detail) }, uniquingKeysWith: { first, _ in first })
            for entry in entries { if let kind = entry.kind { candidates[kind, default: []].append(entry.detail) } }
        }
    }

    /// The text checks (control characters, contact mentions), walking the texts once; the flags each
    /// shown text tests go to `flagUse` on the way.
    func texts(flagUse: inout FlagUse) -> [CheckFinding] {
        var findings: [CheckFinding] = []
        let declared = DeclaredDetails(dialogue.contacts)
        let serviceNames = ServiceNames(dialogue.contacts)
        var used: Set<String> = []
        func check(_ item: DialogueText) {
            if let finding = controlCharacterFinding(item) { findings.append(finding) }
            guard item.role != .metadata else { return }
            let mentions = ContactMentions.find(in: item.text)
            let services = serviceNames.services(for: mentions, in: item.text)
            for (mention, service) in zip(mentions, services) {
                findings += mentionFindings(mention, service: service, in: item, declared: declared)
                if declared.keys.contains(mention.key) { used.insert(mention.key) }
            }
        }
        forEachText { item in
            flagUse.read(item)
            check(item)
        }
        for item in dialogue.metadataTexts { check(item) }
        forEachName(check)
        for entry in declared.entries where !used.contains(entry.key) {
            findings.append(
                CheckFinding(
                    .unusedContactDetail(contact: entry.contact.name, detail: entry.detail), at: entry.contact.source))
        }
        return findings
    }

    /// The first control character in a text, if it has one.
    private func controlCharacterFinding(_ item: DialogueText) -> CheckFinding? {
        let (text, source) = (item.text, item.source)
        guard !Self.isPrintableASCII(text), let index = text.unicodeScalars.firstIndex(where: Self.isControl) else {
            return nil
        }
        let control = text.unicodeScalars[index]
        let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: index)
        return CheckFinding(
            .controlCharacter(control.value), at: place(scalarOffset: offset, length: 1, in: text, at: source))
    }

    /// What is wrong with one number or address in a text: look-alike characters, a detail of another
    /// service than the one the sentence names (`service`), a detail no contact lists.
    private func mentionFindings(
        _ mention: ContactMentions.Mention, service: Int?, in item: DialogueText, declared: DeclaredDetails
    ) -> [CheckFinding] {
        var findings: [CheckFinding] = []
        let (text, source) = (item.text, item.source)
        if !mention.lookAlikes.isEmpty {
            let meant = declared.detailsByKey[mention.key] ?? Self.withoutLookAlikes(mention.text)
            findings.append(
                CheckFinding(
                    .lookAlikeInPhoneNumber(
                        written: mention.text, meant: meant, lookAlikes: mention.lookAlikes.map(\.value)),
                    at: place(of: mention, in: text, at: source)))
        }
        if let owner = declared.owners[mention.key], let service, service != owner {
            let named = dialogue.contacts[service]
            findings.append(
                CheckFinding(
                    .contactOfAnotherService(
                        written: mention.text, owner: dialogue.contacts[owner].name, named: named.name,
                        namedDetails: named.details),
                    at: place(of: mention, in: text, at: source)))
        }
        guard !declared.keys.contains(mention.key) else { return findings }
        let suggestion = EditDistance.suggestion(for: mention.text, among: declared.candidates[mention.kind] ?? [])
        let place = place(of: mention, in: text, at: source)
        switch mention.kind {
        case .phoneNumber:
            findings.append(
                CheckFinding(
                    .undeclaredPhoneNumber(mention.text, suggestion: suggestion, contactsFile: dialogue.file), at: place
                ))
        case .address:
            findings.append(
                CheckFinding(
                    .undeclaredAddress(mention.text, suggestion: suggestion, contactsFile: dialogue.file), at: place))
        }
        return findings
    }

    /// A number with its look-alike letters made digits and its look-alike dashes hyphens.
    static func withoutLookAlikes(_ written: String) -> String {
        String(
            String.UnicodeScalarView(
                written.unicodeScalars.map { scalar in
                    ContactMentions.lookAlikeDigit(scalar) ?? (ContactMentions.isLookAlikeDash(scalar) ? "-" : scalar)
                }))
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
            let exact = TextPlacement.range(
                ofScalars: mention.offset, length: mention.length, in: text, writtenAt: range, file: file)
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
        let start = SourceLocation(
            line: range.start.line, column: range.start.column + quote + mention.offset, offset: startOffset)
        let end = SourceLocation(
            line: range.start.line, column: start.column + mention.length,
            offset: startOffset + bytes(scalars[mention.offset..<(mention.offset + mention.length)]))
        return SourceReference(file: source.file, range: SourceRange(start: start, end: end))
    }

    /// Text of printable ASCII and line feeds only, which has no control character: known from its
    /// bytes, without reading it scalar by scalar.
    static func isPrintableASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == 0x0A || ($0 >= 0x20 && $0 < 0x7F) }
    }

    /// Control characters, bidi overrides and invisible format characters: anything `VisibleText` would
    /// have to write out, but a line break.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && VisibleText.mustEscape(scalar)
    }
}
