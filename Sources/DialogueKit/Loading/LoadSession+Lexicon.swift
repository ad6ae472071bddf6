/// `lexicon:`: the file of a language's common words (see `Lexicon`), confined like an include.
extension LoadSession {
    /// Reads the lexicon a dialogue names; `.empty` (with the problem reported) when it cannot be read.
    mutating func readLexicon(_ entry: YAMLMappingEntry, from path: String, reader: inout ValueReader) -> Lexicon {
        guard let name = reader.text(entry.value, key: "lexicon") else { return .empty }
        let reference = reader.reference(entry.value.range)
        func refuse(_ reason: FileRefusal) -> Lexicon {
            diagnostics.append(DialogueLoadError(.includeFailed(name, reason: reason), at: reference).diagnostic)
            return .empty
        }
        if let problem = IncludeRule.problem(withName: name) { return refuse(problem) }
        let lexiconPath = Path.join(Path.directory(of: path), name)
        switch files.locate(lexiconPath, inside: includeFolder) {
        case .failure(let refusal): return refuse(refusal)
        case .success(let identity): loaded.insert(identity)
        }
        switch read(lexiconPath) {
        case .failure(let refusal): return refuse(refusal)
        case .success(let source):
            if let problem = IncludeRule.problem(withBytes: source.bytes) { return refuse(problem) }
            guard let (root, _) = parse(source) else { return .empty }
            var lexiconReader = ValueReader(file: source.name)
            let lexicon = LexiconReader.read(root, reader: &lexiconReader)
            report(lexiconReader)
            return lexicon
        }
    }
}

/// Turns a lexicon file's YAML into a `Lexicon`, reporting each mistake where it was written.
enum LexiconReader {
    package static let keys = [
        "language", "yes", "no", "unsure", "hedged-no", "negations", "short-negations", "filler", "answer-numbers",
        "numbers",
        "ordinals", "nearly", "age-soon", "age-then", "school-years",
        "spellings",
        "danger-signs", "end-of-list",
    ]
    static let schoolYearKeys = ["years", "scottish"]

    package static func read(_ root: YAMLNode, reader: inout ValueReader) -> Lexicon {
        guard let entries = reader.mapping(root, key: "the lexicon", allowed: keys, context: "a lexicon") else {
            return .empty
        }
        guard
            let languageNode = reader.required(
                "language", in: entries, context: "a lexicon", at: SourceRange(at: root.range.start)),
            let language = reader.text(languageNode, key: "language")
        else { return .empty }
        var lexicon = Lexicon(language: language)
        lexicon.spellings = entries.value(for: "spellings").map { spellings($0, reader: &reader) } ?? [:]
        func phrases(_ key: String) -> Set<String> {
            Set(
                (entries.value(for: key).map { reader.words($0, key: key) } ?? []).map {
                    TypedWords.key($0, lexicon: lexicon)
                })
        }
        lexicon.yes = phrases("yes")
        lexicon.no = phrases("no")
        lexicon.unsure = phrases("unsure")
        lexicon.hedgedNo = phrases("hedged-no")
        lexicon.negations = phrases("negations")
        lexicon.shortNegations = phrases("short-negations")
        lexicon.filler = phrases("filler")
        lexicon.answerNumbers = phrases("answer-numbers")
        lexicon.endOfList = phrases("end-of-list")
        lexicon.dangerSigns = (entries.value(for: "danger-signs").map { reader.words($0, key: "danger-signs") } ?? [])
            .map { TypedWords($0, lexicon: lexicon).words }.filter { !$0.isEmpty }
        lexicon.numberWords = entries.value(for: "numbers").map { numbers($0, key: "numbers", reader: &reader) } ?? [:]
        lexicon.ordinals = entries.value(for: "ordinals").map { numbers($0, key: "ordinals", reader: &reader) } ?? [:]
        lexicon.nearly = phrases("nearly")
        lexicon.ageSoon = (entries.value(for: "age-soon").map { reader.words($0, key: "age-soon") } ?? [])
            .map { TypedWords($0, lexicon: lexicon).words }.filter { !$0.isEmpty }
        lexicon.ageThen = phrases("age-then")
        if let years = entries.value(for: "school-years"),
            let yearEntries = reader.mapping(
                years, key: "school-years", allowed: schoolYearKeys, context: "'school-years'")
        {
            lexicon.schoolYearWords = Set(
                (yearEntries.value(for: "years").map { reader.words($0, key: "years") } ?? []).map { $0.lowercased() })
            lexicon.scottishYearLetters = Set(
                (yearEntries.value(for: "scottish").map { reader.words($0, key: "scottish") } ?? []).map {
                    $0.lowercased()
                })
        }
        return lexicon
    }

    /// `word: what it stands for`, each key one word as Signpost splits words, or two ("no one: noone").
    private static func spellings(_ node: YAMLNode, reader: inout ValueReader) -> [String: [String]] {
        guard let entries = node.mapping else {
            reader.fail(.wrongKind(key: "spellings", expected: "a set of 'word: what it stands for' lines"), node.range)
            return [:]
        }
        var spellings: [String: [String]] = [:]
        for entry in entries {
            let words = TypedWords(entry.key, lexicon: .empty).words
            let plain = entry.key.allSatisfy {
                $0.isLetter || $0.isNumber || $0 == " " || $0 == "'" || $0 == "\u{2019}"
            }
            guard plain, words.count == 1 || words.count == 2 else {
                reader.fail(
                    .wrongKind(key: entry.key, expected: "one or two words of letters or digits, without marks"),
                    entry.keyRange)
                continue
            }
            let word = words.joined(separator: " ")
            guard let meaning = reader.text(entry.value, key: entry.key) else { continue }
            spellings[word] = TypedWords(meaning, lexicon: .empty).words
        }
        return spellings
    }

    /// `word: number`.
    private static func numbers(_ node: YAMLNode, key: String, reader: inout ValueReader) -> [String: Int] {
        guard let entries = node.mapping else {
            reader.fail(.wrongKind(key: key, expected: "a set of 'word: number' lines"), node.range)
            return [:]
        }
        var numbers: [String: Int] = [:]
        for entry in entries {
            guard let text = reader.text(entry.value, key: entry.key) else { continue }
            guard let number = Int(text), number >= 0 else {
                reader.fail(.wrongKind(key: entry.key, expected: "a whole number, such as 14"), entry.value.range)
                continue
            }
            numbers[entry.key.lowercased()] = number
        }
        return numbers
    }
}
