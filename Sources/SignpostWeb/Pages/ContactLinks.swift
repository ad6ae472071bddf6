import DialogueKit

/// The dialogue's own contact details (its `contacts:` list) as links wherever text shows them: a phone
/// number as a `tel:` link, an email address as `mailto:`, a web address as `https://`, each with the
/// number or address as its visible text. Only details the dialogue declares become links, so nothing
/// else in the text (or anything the adult typed) can become one.
struct ContactLinks: Sendable {
    /// Each detail with its link, longest first so a longer detail wins over one it contains.
    let details: [(text: String, href: String)]

    init(contacts: [Contact]) {
        var found: [(String, String)] = []
        for detail in contacts.flatMap(\.details) where !found.contains(where: { $0.0 == detail }) {
            found.append((detail, Self.href(for: detail)))
        }
        details = found.sorted { $0.0.count > $1.0.count }
    }

    static func href(for detail: String) -> String {
        if detail.contains("@") { return "mailto:" + detail }
        if detail.allSatisfy({ $0.isNumber || $0 == " " }) { return "tel:" + detail.filter(\.isNumber) }
        return "https://" + detail
    }

    /// `words` as text with each contact detail in it a link.
    func nodes(_ words: String) -> [HTMLNode] {
        var nodes: [HTMLNode] = []
        var rest = Substring(words)
        while let (range, href) = firstDetail(in: rest) {
            if range.lowerBound > rest.startIndex { nodes.append(.text(String(rest[..<range.lowerBound]))) }
            nodes.append(el("a", ["href": href, "class": "contact-link"], text(String(rest[range]))))
            rest = rest[range.upperBound...]
        }
        if !rest.isEmpty { nodes.append(.text(String(rest))) }
        return nodes
    }

    private func firstDetail(in text: Substring) -> (Range<Substring.Index>, String)? {
        var best: (Range<Substring.Index>, String)?
        for (detail, href) in details {
            var searchFrom = text.startIndex
            while let range = Self.range(of: detail, in: text, from: searchFrom) {
                if Self.standsAlone(range, in: text) {
                    if let current = best, current.0.lowerBound <= range.lowerBound {} else { best = (range, href) }
                    break
                }
                searchFrom = range.upperBound
            }
        }
        return best
    }

    /// Where `detail` first occurs in `text` from `start`, byte for byte: every page shows many
    /// paragraphs and few details, and Foundation's `range(of:)` was a tenth of a page's time.
    static func range(of detail: String, in text: Substring, from start: Substring.Index) -> Range<Substring.Index>? {
        let needle = detail.utf8
        guard let first = needle.first else { return nil }
        let haystack = text.utf8
        var from = start
        while from < haystack.endIndex, let found = haystack[from...].firstIndex(of: first) {
            var position = found
            var wanted = needle.startIndex
            while wanted < needle.endIndex, position < haystack.endIndex, haystack[position] == needle[wanted] {
                haystack.formIndex(after: &position)
                needle.formIndex(after: &wanted)
            }
            if wanted == needle.endIndex { return found..<position }
            from = haystack.index(after: found)
        }
        return nil
    }

    /// Not part of a longer number, word or address ("1999", "my.childline.org.uk", "101st").
    private static func standsAlone(_ range: Range<Substring.Index>, in text: Substring) -> Bool {
        if range.lowerBound > text.startIndex {
            let before = text[text.index(before: range.lowerBound)]
            if before.isLetter || before.isNumber || "./@-".contains(before) { return false }
        }
        if range.upperBound < text.endIndex {
            let after = text[range.upperBound]
            if after.isLetter || after.isNumber || "/@-".contains(after) { return false }
            if after == ".", text.index(after: range.upperBound) < text.endIndex,
                text[text.index(after: range.upperBound)].isLetter || text[text.index(after: range.upperBound)].isNumber
            {
                return false
            }
        }
        return true
    }
}
