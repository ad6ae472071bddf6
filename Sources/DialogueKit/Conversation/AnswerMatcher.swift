/// Decides which answer the adult meant: taken at once only when it is certain, confirmed when it is
/// inferred, asked about when two answers fit, and never a guess between two.
///
/// Certain (`option`): the answer's number (`2`, `2.`, `(2)`, `#2`, `option 2`), its label or one of its
/// listed phrases (`also:`) typed whole, or the lexicon's yes, no or "not sure" typed whole for the answer
/// that is one.
///
/// Inferred (`inferred`, which the engine confirms in one line naming the answer):
/// - a hedged no ("I don't think so", the lexicon's `hedged-no`) for the question's "No" (or else its "not
///   sure"), typed whole or at the start of a line, whose first part it turns round ("I don't think an
///   adult is involved"); a later part is weighed ("I don't think so, just kids at school"). At a
///   question that fails safe a hedged no is "not sure", never "No";
/// - a line that starts with a way of saying "not sure", for the answer that is one (or says it
///   anywhere, when nothing else in the line is weighed, or at a question with an answer that rules
///   danger out);
/// - an age at a question whose answers take numbers: a number past the last answer (`14`), or a number
///   inside words ("she's 2", "14yo", "fourteen");
/// - otherwise the whole line is weighed. Each answer scores a point for each word of the line that one
///   of its phrases covers (phrases found as whole words anywhere in the line, with one other word
///   allowed inside a longer phrase: "wants pictures" in "wants more pictures"), half a
///   point for each other word of its label that no other answer's label has, and (when no phrase was
///   found at all) a quarter for each word of its label that others share. A word covered by several
///   answers' phrases counts only for the answers whose covering phrase is longest. Filler words ("she", "the")
///   count for nothing, a phrase after a negation ("not hurt") counts for nothing, and a word the lexicon
///   spells another way, or one letter away from a word the question knows, is read as that word. The
///   best answer is inferred when it scores at least twice as much as any other; when two come close,
///   the adult is asked which (`ambiguous`). (Also inferred at one and a half times, when it leads by a
///   whole point.) A line that only denies what another answer says ("she's not
///   hurt") is inferred as the question's "No".
///
/// A school year where an age is asked ("year 9") is reported as such (`schoolYear`), never taken.
/// `Reading.dangerHeard` tells a question that fails safe whether the line carries a sign of danger.
struct AnswerMatcher: Sendable {
    struct Option: Hashable, Sendable {
        var label: String
        var synonyms: [String]
        var numbers: NumberRange?
        /// An answer that rules danger out ("No" at the danger question): at a question that fails safe,
        /// never taken when the line carries a sign of danger.
        var safe: Bool

        init(label: String, synonyms: [String] = [], numbers: NumberRange? = nil, safe: Bool = false) {
            self.label = label
            self.synonyms = synonyms
            self.numbers = numbers
            self.safe = safe
        }

        var names: [String] { [label] + synonyms }
    }

    enum Match: Hashable, Sendable {
        /// Certain: the answer's number, label or a listed phrase.
        case option(Int)
        /// Inferred from the line: worth confirming to the adult.
        case inferred(Int)
        /// Several answers fit; their indices, in order.
        case ambiguous([Int])
        /// A school year where an age was asked.
        case schoolYear(SchoolYear)
        case none
    }

    /// What a line says at this question.
    struct Reading: Hashable, Sendable {
        var match: Match
        /// Whether the line carries a sign of danger (the lexicon's, or a phrase of an answer that is
        /// neither safe nor unsure) that no negation turns round.
        var dangerHeard: Bool
        /// At a question that does not fail safe: whether the line carries one of the lexicon's signs of
        /// danger that no negation turns round and none of the offered answers uses ("she wants to kill
        /// herself" at "What has happened?", but not "threatening" where an answer is about threats).
        var dangerAside: Bool = false
    }

    package let options: [Option]
    let lexicon: Lexicon
    /// Each option's names as words.
    private let phrases: [[[String]]]
    /// Each option's names as keys, for the certain matches.
    private let keys: [Set<String>]
    /// Each option's label words (as stems) that are not filler, and of those the ones no other
    /// option's label has.
    private let labelWords: [Set<String>]
    private let distinctiveWords: [Set<String>]
    /// Every word the lexicon's danger signs and its yes, no and unsure use, and every word of each
    /// offered answer's names: together, what a misspelt word may be corrected to. Kept apart and joined
    /// only when a word needs correcting, since joining them was most of a matcher's making, and most
    /// lines (every line a web page replays) need none.
    private let lexiconWords: Set<String>
    private let answerWords: [Set<String>]
    /// Each offered answer's stems (see `hearsDangerAside`).
    private let answerStems: [Set<String>]
    /// The lexicon's signs of danger, as stems.
    private let dangerSigns: [[String]]
    /// Each option's label as a key.
    private let labelKeys: [String]
    private let yesOption: Int?
    private let noOption: Int?
    private let unsureOption: Int?
    /// The answer whose own phrases list a hedged no ("Not sure" at "Is an adult involved?", where the
    /// author wants "I don't think so" to keep the safer advice): a hedged no means it, whatever follows.
    private let hedgedOwner: Int?

    /// The question's own words (as stems, without filler): at a yes-or-no question, a line that says
    /// them back ("she asked for gift cards" at "Has the child asked for money or gift cards?") counts
    /// towards "Yes", and a line that denies them towards "No".
    private let questionWords: Set<String>

    package init(options: [Option], lexicon: Lexicon = .empty, question: String = "") {
        self.init(
            PreparedQuestion(
                options: options, lexicon: lexicon, question: question, shared: PreparedQuestion.SharedWords(lexicon)),
            offering: Array(options.indices))
    }

    /// A matcher for the answers of a prepared question that are offered now (their indices, in order).
    package init(_ question: PreparedQuestion, offering offered: [Int]) {
        let answers = offered.map { question.answers[$0] }
        options = answers.map(\.option)
        lexicon = question.lexicon
        questionWords = question.questionWords
        dangerSigns = question.shared.dangerSigns
        phrases = answers.map(\.phrases)
        keys = answers.map(\.keys)
        let labelWords = answers.map(\.labelWords)
        self.labelWords = labelWords
        distinctiveWords = labelWords.indices.map { index in
            var others = Set<String>()
            for other in labelWords.indices where other != index { others.formUnion(labelWords[other]) }
            return labelWords[index].subtracting(others)
        }
        lexiconWords = question.shared.lexiconWords
        answerWords = answers.map(\.words)
        answerStems = answers.map(\.stems)
        func only(_ indices: [Int]) -> Int? { indices.count == 1 ? indices[0] : nil }
        let lexicon = question.lexicon
        // The question's "Yes" and "No": the answer so labelled, or else the one that lists a bare yes
        // (or no) among its phrases ("Not sure" at the danger question lists "yes").
        labelKeys = answers.map(\.labelKey)
        func owner(_ words: Set<String>) -> Int? {
            only(answers.indices.filter { words.contains(answers[$0].labelKey) })
                ?? only(answers.indices.filter { !answers[$0].keys.isDisjoint(with: words) })
        }
        yesOption = owner(lexicon.yes)
        noOption = owner(lexicon.no)
        unsureOption = only(answers.indices.filter { !answers[$0].keys.isDisjoint(with: lexicon.unsure) })
        hedgedOwner = only(answers.indices.filter { !answers[$0].keys.isDisjoint(with: lexicon.hedgedNo) })
    }

    func match(_ input: String) -> Match {
        read(input).match
    }

    package func read(_ input: String) -> Reading {
        var typed = TypedWords(input, lexicon: lexicon)
        let corrected = correctSpelling(&typed)
        let danger = failsSafe && hearsDanger(typed)
        return Reading(
            match: match(input, typed: typed, corrected: corrected), dangerHeard: danger,
            dangerAside: !failsSafe && hearsDangerAside(typed))
    }

    /// Whether an answer rules danger out: the question fails safe, and a hedged no is "not sure".
    private var failsSafe: Bool { options.contains(where: \.safe) }

    private func match(_ input: String, typed: TypedWords, corrected: Bool) -> Match {
        if let bare = NumberReading.bare(input) { return match(bare) }
        guard !typed.isEmpty else { return .none }
        let key = typed.key
        if !corrected {
            if let index = keys.firstIndex(where: { $0.contains(key) }) { return .option(index) }
            if lexicon.yes.contains(key), let yesOption { return .option(yesOption) }
            if lexicon.no.contains(key), let noOption { return .option(noOption) }
            if lexicon.unsure.contains(key), let unsureOption { return .option(unsureOption) }
            if lexicon.hedgedNo.contains(key) {
                if failsSafe, let unsureOption { return .option(unsureOption) }
                if !failsSafe, let hedged = noOption ?? unsureOption { return .inferred(hedged) }
            }
        }
        if let number = NumberReading.answerNumber(in: typed, lexicon: lexicon), options.indices.contains(number - 1) {
            return .option(number - 1)
        }
        // A hedged no first turns its whole part round ("I don't think anyone has asked for money" is
        // "No"). A later part is weighed ("I don't think so, but she asked me for gift cards"); one that
        // says nothing the question knows ("I don't think so, but he is 19") leaves it "not sure".
        if !failsSafe, let hedgedOwner, startsWithHedgedNo(typed) { return .inferred(hedgedOwner) }
        if !failsSafe, let noOption, startsWithHedgedNo(typed) {
            let rest = typed.afterFirstPart()
            guard !rest.isEmpty else { return .inferred(noOption) }
            if let unsureOption, saysUnsure(rest) { return .inferred(unsureOption) }
            if let weighed = weighed(rest) { return weighed }
            return .inferred(unsureOption ?? noOption)
        }
        let takesNumbers = options.contains { $0.numbers != nil }
        // "Not sure" said first is the answer; said inside a line, it is weighed with the rest ("on a
        // site, dont know the address"), except where an answer rules danger out, which it never
        // outweighs.
        if let unsureOption, saysUnsure(typed, atStartOnly: !failsSafe) { return .inferred(unsureOption) }
        if takesNumbers {
            // A school year is never an age; an age given beside it is ("fifteen, year 11").
            let year = SchoolYear.find(in: typed, lexicon: lexicon)
            // "4, he's 19 now": the answer's number first, then an age, which must agree with it.
            let answerNumber = NumberReading.leadingAnswerNumber(in: typed, count: options.count)
            let skipped = [year?.numberIndex, answerNumber.map { _ in 0 }].compactMap { $0 }
            let numbers = NumberReading.leadingNumbers(in: typed, lexicon: lexicon, skipping: skipped)
            var owners = numbers.flatMap { number in
                options.indices.filter { options[$0].numbers?.contains(number) == true }
            }
            if let answerNumber { owners.insert(answerNumber - 1, at: 0) }
            if owners.isEmpty, let year { return .schoolYear(year.year) }
            if let found = unique(owners) { return found }
        }
        if let weighed = weighed(typed) { return weighed }
        // At a question with no "No" ("Do you know where it is?"), a hedged no and nothing else weighed
        // is "not sure".
        if !failsSafe, startsWithHedgedNo(typed), let unsureOption { return .inferred(unsureOption) }
        if let unsureOption, saysUnsure(typed) { return .inferred(unsureOption) }
        return closeSpelling(of: key)
    }

    /// A bare number: the answer it numbers, or else, at a question whose answers take numbers, the
    /// answer whose numbers hold it (an age past the last answer's number).
    private func match(_ bare: NumberReading.Bare) -> Match {
        guard case .number(let number) = bare else { return .none }
        if number >= 1, number <= options.count { return .option(number - 1) }
        guard number <= NumberReading.largest else { return .none }
        return unique(options.indices.filter { options[$0].numbers?.contains(number) == true }) ?? .none
    }

    /// What the answers' phrases found in a line: for each option, each word its phrases cover, with the
    /// length of the longest phrase covering it; the options a phrase was found denied for; and those
    /// found only as filler words.
    private struct PhraseClaims {
        var claims: [[Int: Int]]
        var denied = Set<Int>()
        var onlyFiller = Set<Int>()
    }

    /// Every option weighed against the whole line (see the type's documentation).
    private func weighed(_ typed: TypedWords) -> Match? {
        var found = phraseClaims(in: typed)
        let phraseScored = phraseScores(found)
        var scores = phraseScored.scores
        let covered = phraseScored.covered
        addYesOrNoStarts(in: typed, to: &scores)
        addLabelWords(in: typed, covered: covered, to: &scores)
        addQuestionWords(in: typed, covered: covered, to: &scores, denied: &found.denied)
        let ranked = options.indices.sorted { scores[$0] > scores[$1] }
        guard let best = ranked.first, scores[best] > 0 else { return denial(in: typed, denied: found.denied) }
        let second = ranked.count > 1 ? scores[ranked[1]] : 0
        if scores[best] >= 2 * second || (scores[best] >= 1.5 * second && scores[best] - second >= 1) {
            return .inferred(best)
        }
        return .ambiguous(ranked.filter { scores[$0] > 0 && scores[$0] * 2 >= scores[best] }.sorted())
    }

    private func phraseClaims(in typed: TypedWords) -> PhraseClaims {
        var found = PhraseClaims(claims: [[Int: Int]](repeating: [:], count: options.count))
        for index in options.indices {
            for phrase in phrases[index] where !isYesOrNo(phrase) {
                for positions in typed.matches(of: phrase) {
                    guard let start = positions.first else { continue }
                    if typed.isNegated(at: start, lexicon: lexicon) {
                        found.denied.insert(index)
                        continue
                    }
                    let content = positions.filter { !lexicon.filler.contains(typed.words[$0]) }
                    if content.isEmpty { found.onlyFiller.insert(index) }
                    for position in content {
                        found.claims[index][position] = max(found.claims[index][position] ?? 0, phrase.count)
                    }
                }
            }
        }
        return found
    }

    /// Each option's score from its phrases, and the positions of the words any phrase covers. A word
    /// belongs to the options whose longest phrase covers it: "threatening" in "threatening to make a
    /// deepfake" counts for that phrase's answer, not for one that lists "threatening" alone.
    private func phraseScores(_ found: PhraseClaims) -> (scores: [Double], covered: Set<Int>) {
        var longest: [Int: Int] = [:]
        for claim in found.claims {
            for (position, length) in claim { longest[position] = max(longest[position] ?? 0, length) }
        }
        var scores = [Double](repeating: 0, count: options.count)
        for index in options.indices {
            let mine = found.claims[index].filter { longest[$0.key] == $0.value }.count
            scores[index] = Double(mine) + (mine == 0 && found.onlyFiller.contains(index) ? 0.5 : 0)
        }
        return (scores, Set(longest.keys))
    }

    /// A line (or a part of it, after a comma) that starts with the lexicon's yes or no counts towards
    /// that answer: half a point for an answer that only lists a bare yes or no, as the rest of the line
    /// says more.
    private func addYesOrNoStarts(in typed: TypedWords, to scores: inout [Double]) {
        let partStarts = typed.words.indices.filter { $0 == 0 || typed.parts[$0] != typed.parts[$0 - 1] }
        for (option, list) in [(yesOption, lexicon.yes), (noOption, lexicon.no)] {
            guard let option else { continue }
            let labelled = list.contains(labelKeys[option])
            if partStarts.contains(where: { list.contains(typed.words[$0]) }) { scores[option] += labelled ? 1 : 0.5 }
        }
    }

    /// Words of the labels: half a point where only one label has the word; a quarter where several
    /// share it, and only when no phrase was found (they then tell nothing apart).
    private func addLabelWords(in typed: TypedWords, covered: Set<Int>, to scores: inout [Double]) {
        let phrasesFound = !covered.isEmpty
        for index in options.indices {
            for (position, stem) in typed.stems.enumerated()
            where !covered.contains(position) && labelWords[index].contains(stem)
                && !typed.isNegated(at: position, lexicon: lexicon)
            {
                if distinctiveWords[index].contains(stem) {
                    scores[index] += 0.5
                } else if !phrasesFound {
                    scores[index] += 0.25
                }
            }
        }
    }

    /// Words of a yes-or-no question count half a point towards its yes, or deny it when negated.
    private func addQuestionWords(
        in typed: TypedWords, covered: Set<Int>, to scores: inout [Double], denied: inout Set<Int>
    ) {
        guard let yesOption, noOption != nil, lexicon.yes.contains(labelKeys[yesOption]) else { return }
        for (position, stem) in typed.stems.enumerated()
        where !covered.contains(position) && questionWords.contains(stem) {
            if typed.isNegated(at: position, lexicon: lexicon) {
                denied.insert(yesOption)
            } else {
                scores[yesOption] += 0.5
            }
        }
    }

    /// A line with only denials: "she's not hurt" denies an answer (or a sign of danger), which says "No".
    private func denial(in typed: TypedWords, denied: Set<Int>) -> Match? {
        guard let no = noOption ?? onlySafeOption, !denied.contains(no) else { return nil }
        let deniesDanger =
            options.contains(where: \.safe)
            && dangerSigns.contains { sign in
                typed.occurrences(of: sign).contains { typed.isNegated(at: $0, lexicon: lexicon) }
            }
        // Where an answer rules danger out, only a denied sign of danger says so: denying an answer's
        // phrase can itself tell of danger ("nobody knows where he is").
        if deniesDanger || (!failsSafe && !denied.subtracting([unsureOption].compactMap { $0 }).isEmpty) {
            return .inferred(no)
        }
        return nil
    }

    /// A whole line spelt close to one answer's name only.
    private func closeSpelling(of typed: String) -> Match {
        // A word the lexicon knows is not a misspelling ("hes" is not "yes"), and numbers are never
        // respelt ("hes 14" is not "hes 18").
        guard typed.count >= 3, !lexicon.knows(typed) else { return .none }
        let digits = typed.filter(\.isASCIIDigit)
        let allowed = typed.count >= 6 ? 2 : 1
        var best = allowed + 1
        var owners: [Int] = []
        for (index, names) in keys.enumerated() {
            for name in names where name.filter(\.isASCIIDigit) == digits {
                let distance = EditDistance.between(typed, name, limit: allowed)
                if distance < best {
                    best = distance
                    owners = [index]
                } else if distance == best {
                    owners.append(index)
                }
            }
        }
        guard best <= allowed else { return .none }
        switch unique(owners) {
        case .option(let index): return .inferred(index)
        case let other: return other ?? .none
        }
    }

    /// Corrects each word of four letters or more that the question does not know but is one letter
    /// from exactly one word it does (two letters, for words of eight or more). Whether any was.
    private func correctSpelling(_ typed: inout TypedWords) -> Bool {
        var corrected = false
        var joined: Set<String>?
        for (index, word) in typed.words.enumerated()
        where word.count >= 4 && !isVocabulary(word) && !lexicon.knows(word) {
            guard word.first?.isASCIIDigit != true else { continue }
            let vocabulary = joined ?? answerWords.reduce(into: lexiconWords) { $0.formUnion($1) }
            joined = vocabulary
            let allowed = word.count >= 8 ? 2 : 1
            var best = allowed + 1
            var candidates: [String] = []
            for known in vocabulary where known.count >= 4 && abs(known.count - word.count) <= allowed {
                let distance = EditDistance.between(word, known, limit: allowed)
                if distance < best {
                    best = distance
                    candidates = [known]
                } else if distance == best {
                    candidates.append(known)
                }
            }
            if best <= allowed, candidates.count == 1 {
                typed.replace(at: index, with: candidates[0])
                corrected = true
            }
        }
        return corrected
    }

    /// Whether a word is one a misspelt word may be corrected to.
    private func isVocabulary(_ word: String) -> Bool {
        lexiconWords.contains(word) || answerWords.contains { $0.contains(word) }
    }

    /// Whether the line says "not sure": it starts with one of the lexicon's ways of saying so, or has
    /// one of two words or more anywhere in it ("honestly no idea").
    /// Where an answer rules danger out, a hedged no ("I don't think she's in danger") says so too.
    private func saysUnsure(_ typed: TypedWords, atStartOnly: Bool = false) -> Bool {
        let unsure = failsSafe ? lexicon.unsure.union(lexicon.hedgedNo) : lexicon.unsure
        if (1...min(typed.count, 5)).contains(where: {
            unsure.contains(typed.words.prefix($0).joined(separator: " "))
        }) {
            return true
        }
        guard !atStartOnly else { return false }
        // A line that starts with yes or no has answered ("no, not that I know of").
        if let first = typed.words.first, lexicon.yes.contains(first) || lexicon.no.contains(first) { return false }
        // Not "we don't know where he is", which is about something else.
        let questionWords: Set<String> = ["where", "who", "what", "why", "how", "when", "which"]
        return unsure.contains { phrase in
            let words = phrase.split(separator: " ").map(String.init)
            guard words.count >= 2 else { return false }
            return typed.words.indices.contains { start in
                start + words.count <= typed.count && typed.words[start..<(start + words.count)].elementsEqual(words)
                    && !(start + words.count < typed.count && questionWords.contains(typed.words[start + words.count]))
            }
        }
    }

    /// Whether the line starts with a hedged no ("I don't think so, she hasn't said").
    private func startsWithHedgedNo(_ typed: TypedWords) -> Bool {
        (1...min(typed.count, 5)).contains { lexicon.hedgedNo.contains(typed.words.prefix($0).joined(separator: " ")) }
    }

    /// Whether a phrase is a bare yes or no word: those count only typed alone, or at the start of a
    /// line for the question's own "Yes" or "No" ("yes, she's missing" is not the answer that lists "yes").
    private func isYesOrNo(_ phrase: [String]) -> Bool {
        phrase.count == 1 && (lexicon.yes.contains(phrase[0]) || lexicon.no.contains(phrase[0]))
    }

    /// The one answer that rules danger out, if the question has exactly one.
    private var onlySafeOption: Int? {
        let safe = options.indices.filter { options[$0].safe }
        return safe.count == 1 ? safe[0] : nil
    }

    /// Whether the line carries a sign of danger that no negation turns round: one of the lexicon's, or
    /// a phrase of an answer that neither rules danger out nor is the unsure one.
    private func hearsDanger(_ typed: TypedWords) -> Bool {
        var signs = dangerSigns
        for index in options.indices where !options[index].safe && index != unsureOption { signs += phrases[index] }
        return signs.contains { sign in
            typed.occurrences(of: sign).contains { !typed.isNegated(at: $0, lexicon: lexicon) }
        }
    }

    /// Whether the line carries a sign of danger (one of the lexicon's) that no negation turns round and
    /// whose words no offered answer uses: at a question that does not fail safe, an answer's own words
    /// are that answer, not a danger aside.
    private func hearsDangerAside(_ typed: TypedWords) -> Bool {
        dangerSigns.contains { sign in
            typed.occurrences(of: sign).contains { !typed.isNegated(at: $0, lexicon: lexicon) }
                && !answerStems.contains { stems in sign.allSatisfy(stems.contains) }
        }
    }

    private func unique(_ indices: [Int]) -> Match? {
        var seen: [Int] = []
        for index in indices where !seen.contains(index) { seen.append(index) }
        switch seen.count {
        case 0: return nil
        case 1: return .inferred(seen[0])
        default: return .ambiguous(seen.sorted())
        }
    }

    /// Lower case, curly quotes made straight, runs of space made one, punctuation at either end dropped.
    static func normalize(_ text: String) -> String {
        asciiNormalized(text) ?? normalizedByCharacter(text)
    }

    /// `normalize` for text that is all ASCII, byte by byte: most of what is typed and written. Kept for
    /// speed: without it `shipped.check` in Benchmarks/ takes 27% more instructions, `shipped.phrasings`
    /// 21% and `shipped.pages` 18%. Works in a temporary buffer (on the
    /// stack for short text), so the only allocation is the result's, and none for 15 bytes or fewer.
    static func asciiNormalized(_ text: String) -> String? {
        let normalized = text.utf8.withContiguousStorageIfAvailable { source -> String? in
            guard !source.isEmpty else { return "" }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: source.count) { bytes -> String? in
                var count = 0
                var pendingSpace = false
                for byte in source {
                    guard byte < 0x80 else { return nil }
                    if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                        pendingSpace = count > 0
                        continue
                    }
                    if pendingSpace {
                        bytes[count] = 0x20
                        count += 1
                        pendingSpace = false
                    }
                    bytes[count] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                    count += 1
                }
                var start = 0
                var end = count
                while start < end, isMark(bytes[start]) { start += 1 }
                while end > start, isMark(bytes[end - 1]) { end -= 1 }
                while start < end, bytes[start] == 0x20 { start += 1 }
                while end > start, bytes[end - 1] == 0x20 { end -= 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            }
        }
        return normalized ?? asciiNormalizedByCopying(text)
    }

    /// ASCII punctuation and symbols: what `normalize` drops at either end.
    private static func isMark(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
            || (0x7B...0x7E).contains(byte)
    }

    /// `asciiNormalized` for a string without contiguous UTF-8 (bridged text).
    private static func asciiNormalizedByCopying(_ text: String) -> String? {
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable { _ in () } == nil ? nil : asciiNormalized(copy)
    }

    static func normalizedByCharacter(_ text: String) -> String {
        var words: [Substring] = []
        let lowered = text.lowercased().replacingCurlyQuotes()
        for word in lowered.split(whereSeparator: { $0.isWhitespace }) { words.append(word) }
        var joined = words.joined(separator: " ")
        while let first = joined.first, first.isPunctuation || first.isSymbol { joined.removeFirst() }
        while let last = joined.last, last.isPunctuation || last.isSymbol { joined.removeLast() }
        return joined.trimmingWhitespace()
    }
}

extension String {
    func replacingCurlyQuotes() -> String {
        String(
            map { character -> Character in
                switch character {
                case "\u{2018}", "\u{2019}": "'"
                case "\u{201C}", "\u{201D}": "\""
                default: character
                }
            })
    }

    func trimmingWhitespace() -> String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
