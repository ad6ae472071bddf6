/// Which declared service a sentence names before each number or address in it, so `check` can tell
/// "Call the NSPCC helpline on 0800 1111" (Childline's number) from "Call Childline on 0800 1111".
///
/// A service is named by its name in the contact list (in any case), by the first word of that name
/// when it is an acronym written in capitals ("NSPCC" for "NSPCC helpline"), or by the initials of a
/// name of three words or more, in capitals ("IWF" for "Internet Watch Foundation"). A number or
/// address belongs with the service named last before it in the same clause: clauses end at a full
/// stop, `;`, a line break, " and " and " or ", so in "tell the IWF and call the police on 101" the
/// number is bound to no service. Names inside a number or address ("childline.org.uk") name nothing.
struct ServiceNames {
    private let names: [(name: [Unicode.Scalar], caseSensitive: Bool, contact: Int)]

    package init(_ contacts: [Contact]) {
        var names: [(name: [Unicode.Scalar], caseSensitive: Bool, contact: Int)] = []
        for (index, contact) in contacts.enumerated() {
            let words = contact.name.split(separator: " ")
            names.append((Array(contact.name.lowercased().unicodeScalars), false, index))
            if words.count > 1, let first = words.first, Self.isAcronym(first) {
                names.append((Array(first.unicodeScalars), true, index))
            }
            if words.count >= 3 {
                let initials = String(words.compactMap(\.first)).uppercased()
                names.append((Array(initials.unicodeScalars), true, index))
            }
        }
        self.names = names
    }

    private static func isAcronym(_ word: Substring) -> Bool {
        word.count >= 2 && word.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    }

    /// For each mention, the index (in the contact list) of the service its clause names before it.
    func services(for mentions: [ContactMentions.Mention], in text: String) -> [Int?] {
        guard !mentions.isEmpty, !names.isEmpty else { return mentions.map { _ in nil } }
        let scalars = Array(text.unicodeScalars)
        let lower = Array(text.lowercased().unicodeScalars)
        // Lower-casing can change the number of scalars (rarely): then match in the text as written.
        let folded = lower.count == scalars.count ? lower : scalars
        var inMention = [Bool](repeating: false, count: scalars.count)
        for mention in mentions {
            for offset in mention.offset..<min(mention.offset + mention.length, scalars.count) {
                inMention[offset] = true
            }
        }
        var result: [Int?] = []
        var current: Int?
        var position = 0
        for mention in mentions {
            while position < mention.offset {
                if Self.endsClause(scalars, at: position) {
                    current = nil
                } else if !inMention[position], position == 0 || !Self.isWordScalar(scalars[position - 1]),
                    let match = name(at: position, scalars: scalars, folded: folded, inMention: inMention)
                {
                    current = match.contact
                    position += match.length
                    continue
                }
                position += 1
            }
            result.append(current)
        }
        return result
    }

    private func name(at position: Int, scalars: [Unicode.Scalar], folded: [Unicode.Scalar], inMention: [Bool])
        -> (contact: Int, length: Int)?
    {
        var best: (contact: Int, length: Int)?
        for entry in names {
            let end = position + entry.name.count
            guard end <= scalars.count, best.map({ $0.length < entry.name.count }) ?? true else { continue }
            let written = entry.caseSensitive ? scalars[position..<end] : folded[position..<end]
            guard written.elementsEqual(entry.name), !inMention[end - 1] else { continue }
            if end < scalars.count, Self.isWordScalar(scalars[end]) { continue }
            best = (entry.contact, entry.name.count)
        }
        return best
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    /// Whether a clause ends at `position`: a full stop, `!` or `?` before a space, `;`, a line break,
    /// or the space before "and " or "or ".
    private static func endsClause(_ scalars: [Unicode.Scalar], at position: Int) -> Bool {
        let scalar = scalars[position]
        switch scalar {
        case ";", "\n": return true
        case ".", "!", "?": return position + 1 < scalars.count && scalars[position + 1] == " "
        case " ":
            for word in ["and ", "or "] {
                let end = position + 1 + word.unicodeScalars.count
                if end <= scalars.count, scalars[(position + 1)..<end].elementsEqual(word.unicodeScalars) {
                    return true
                }
            }
            return false
        default: return false
        }
    }
}
