/// Finds phone numbers, web addresses and email addresses in a piece of text, with where each sits in
/// it, so each can be checked against the dialogue's declared contacts and pointed at exactly.
///
/// One pass over the text: at the start of each word it tries a phone number (which may run over
/// several words), else a web or email address.
enum ContactMentions {
    enum Kind: Hashable, Sendable {
        case phoneNumber, address
    }

    struct Mention: Hashable, Sendable {
        var kind: Kind
        /// As written in the text.
        var text: String
        /// Where it starts in the text and how long it is, in Unicode scalars.
        var offset: Int
        var length: Int
        /// A form for comparing with the contact list: a phone number's digits (with `+44` written as
        /// `0`), so `0808 800 5000`, `0808-800-5000` and `+44 808 800 5000` are the same number; an
        /// address in lower case.
        var key: String
        /// Characters that only look like part of a phone number (the letter O for 0, an en dash for a
        /// hyphen), in the order written: empty for a number written properly.
        var lookAlikes: [Unicode.Scalar] = []
    }

    /// Characters that may surround a word without being part of it. A `switch` rather than a set:
    /// it is asked at both ends of every word of every text `check` reads.
    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "(", ")", ",", ".", ":", ";", "\"", "'", "!", "?", "[", "]", "“", "”", "‘", "’": true
        default: false
        }
    }

    /// What may separate the digit groups of a phone number, look-alike dashes included.
    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "-", "(", ")", "\u{00A0}": true
        default: isLookAlikeDash(scalar)
        }
    }

    /// Dashes that look like a hyphen in a number but are not one: figure dash, en dash, em dash, minus.
    static func isLookAlikeDash(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}": true
        default: false
        }
    }

    /// The digit a letter stands for when written among digits: O and o for 0, l and I for 1.
    static func lookAlikeDigit(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "O", "o": "0"
        case "l", "I": "1"
        default: nil
        }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// A digit, or a letter that looks like one (kept as a number's only if its group has a real digit).
    private static func isDigitLike(_ scalar: Unicode.Scalar) -> Bool {
        isDigit(scalar) || lookAlikeDigit(scalar) != nil
    }

    private static func mayStartNumber(_ scalar: Unicode.Scalar) -> Bool {
        isDigitLike(scalar) || scalar == "+" || isSeparator(scalar)
    }

    /// `properties.isWhitespace`, answered without the property table for ASCII.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    /// Every mention in `text`, in order. Phone numbers are UK shapes: a number starting `0` with 7 to
    /// 11 digits (landline, mobile, `0800` freephone, `0300`, and one with a digit missing), `+44` followed by 9 or 10 digits (with
    /// or without `(0)`), `116` numbers (`116 123`), and three-digit service numbers on their own: `999`
    /// and the `1xx` range the UK keeps for them (`101`, `111`, `112`, `105`), not any three digits
    /// ("over 200 schools", "Step 300" are no phone numbers);
    /// groups may be separated by spaces, hyphens or brackets. Addresses are anything `WebAddress`
    /// accepts, and `name@domain` email addresses.
    static func find(in text: String) -> [Mention] {
        // ASCII text (most of it) is read straight from its bytes, one scalar each, without a copy.
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> [Mention]? in
            bytes.allSatisfy { $0 < 0x80 } ? find(inScalars: ASCIIScalars(bytes: bytes)) : nil
        }
        if let ascii, let mentions = ascii { return mentions }
        return find(inScalars: Array(text.unicodeScalars))
    }

    private typealias Scalars = RandomAccessCollection<Unicode.Scalar>

    /// ASCII bytes seen as the scalars they are.
    private struct ASCIIScalars: RandomAccessCollection {
        let bytes: UnsafeBufferPointer<UInt8>
        var startIndex: Int { 0 }
        var endIndex: Int { bytes.count }
        subscript(position: Int) -> Unicode.Scalar { Unicode.Scalar(bytes[position]) }
    }

    private static func find<S: Scalars>(inScalars scalars: S) -> [Mention] where S.Index == Int {
        var mentions: [Mention] = []
        var index = 0
        while index < scalars.count {
            if isWhitespace(scalars[index]) {
                index += 1
                continue
            }
            var wordEnd = index
            while wordEnd < scalars.count, !isWhitespace(scalars[wordEnd]) { wordEnd += 1 }
            var coreStart = index
            while coreStart < wordEnd, isPunctuation(scalars[coreStart]), scalars[coreStart] != "(" { coreStart += 1 }
            // A phone number starts with a digit, a `+` or a separator: other words are not tried.
            if coreStart < scalars.count, mayStartNumber(scalars[coreStart]),
                let phone = phoneNumber(in: scalars, from: coreStart)
            {
                mentions.append(phone)
                index = max(wordEnd, phone.offset + phone.length)
                continue
            }
            while coreStart < wordEnd, isPunctuation(scalars[coreStart]) { coreStart += 1 }
            var coreEnd = wordEnd
            while coreEnd > coreStart, isPunctuation(scalars[coreEnd - 1]) { coreEnd -= 1 }
            // Only a word with an `@` or a `.` can be an address: the others are not made into strings.
            if coreStart < coreEnd, scalars[coreStart..<coreEnd].contains(where: { $0 == "@" || $0 == "." }),
                let address = address(String(String.UnicodeScalarView(scalars[coreStart..<coreEnd])))
            {
                mentions.append(
                    Mention(
                        kind: .address, text: address, offset: coreStart, length: coreEnd - coreStart,
                        key: address.lowercased()))
            }
            index = wordEnd
        }
        return mentions
    }

    private static func address(_ core: String) -> String? {
        if core.contains("@") {
            let parts = core.split(separator: "@")
            return parts.count == 2 && WebAddress.isValid(String(parts[1])) ? core : nil
        }
        return core.contains(".") && WebAddress.isValid(core) ? core : nil
    }

    /// A phone number starting at `start`, taking as many digit groups as make a valid UK number.
    private static func phoneNumber<S: Scalars>(in scalars: S, from start: Int) -> Mention? where S.Index == Int {
        let plus = start < scalars.count && scalars[start] == "+"
        let found = digitGroups(in: scalars, from: plus ? start + 1 : start)
        let groups = found.groups
        guard !groups.isEmpty else { return nil }
        if groups.count == 1, !found.cut, found.index < scalars.count, !endsNumber(scalars, at: found.index) {
            return nil
        }
        guard let (count, key) = validNumber(groups.map(\.digits), plus: plus) else { return nil }
        let end = groups[count - 1].end
        let written = scalars[start..<end]
        return Mention(
            kind: .phoneNumber, text: String(String.UnicodeScalarView(written)), offset: start,
            length: end - start, key: key,
            lookAlikes: written.filter { lookAlikeDigit($0) != nil || isLookAlikeDash($0) })
    }

    /// The digit groups from `start`, each with the position just after its last digit; where the scan
    /// stopped; and whether a last group was cut for having no real digit. A group is kept only when it
    /// has a real digit: "Or" and "Is" after a number are words, while "O800" and "08OO" are numbers.
    private static func digitGroups<S: Scalars>(in scalars: S, from start: Int)
        -> (groups: [(digits: String, end: Int)], index: Int, cut: Bool) where S.Index == Int
    {
        var index = start
        var groups: [(digits: String, end: Int)] = []
        var current = ""
        var hasDigit = false
        while index < scalars.count {
            let scalar = scalars[index]
            if isDigitLike(scalar) {
                current.unicodeScalars.append(lookAlikeDigit(scalar) ?? scalar)
                hasDigit = hasDigit || isDigit(scalar)
                index += 1
                continue
            }
            guard isSeparator(scalar) else { break }
            // A separator (at most two in a row, such as ") ") must lead to another digit.
            var next = index
            while next < scalars.count, next - index < 2, isSeparator(scalars[next]) { next += 1 }
            guard next < scalars.count, isDigitLike(scalars[next]) else { break }
            if !current.isEmpty {
                guard hasDigit else { break }
                groups.append((current, index))
            }
            current = ""
            hasDigit = false
            index = next
        }
        var cut = false
        if !current.isEmpty {
            if hasDigit { groups.append((current, index)) } else { cut = true }
        }
        return (groups, index, cut)
    }

    /// The most groups that still make a number of a valid length, and the number as it is compared
    /// (national, without spaces): "0808 800 5000 24 hours" is the number and then "24".
    private static func validNumber(_ groups: [String], plus: Bool) -> (count: Int, key: String)? {
        var digits = ""
        for count in 1...groups.count {
            digits += groups[count - 1]
            let more = count < groups.count ? groups[count].count : nil
            if plus {
                guard digits.count <= 14, digits.hasPrefix("44") else { return nil }
                func national(_ text: Substring) -> Substring { text.hasPrefix("0") ? text.dropFirst() : text }
                let now = national(digits.dropFirst(2)).count
                if (9...10).contains(now), more.map({ now + $0 > 10 }) ?? true {
                    return (count, "0" + national(digits.dropFirst(2)))
                }
            } else if digits.hasPrefix("0") {
                // Seven digits and more, so a number with a digit missing is still found (and reported).
                guard digits.count <= 11 else { return (count, digits) }
                if digits.count >= 7, more.map({ digits.count + $0 > 11 }) ?? true { return (count, digits) }
            } else if digits.hasPrefix("116") {
                if digits.count == 6 { return (count, digits) }
                if digits.count > 6 { return nil }
            } else {
                let isServiceNumber = digits == "999" || digits.hasPrefix("1")
                return digits.count == 3 && groups.count == 1 && isServiceNumber ? (1, digits) : nil
            }
        }
        return nil
    }

    /// Whether a number may end at `index`: before a space or punctuation, not a letter or a decimal
    /// point (so `999th`, `101.5` and `123.example.org` are no phone numbers).
    private static func endsNumber<S: Scalars>(_ scalars: S, at index: Int) -> Bool where S.Index == Int {
        let scalar = scalars[index]
        if scalar == "." { return index + 1 == scalars.count || isWhitespace(scalars[index + 1]) }
        return isWhitespace(scalar) || isPunctuation(scalar)
    }
}
