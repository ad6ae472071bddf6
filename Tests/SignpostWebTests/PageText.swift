/// Reads the pages the site renders, for tests: the blocks marked `data-reply`, as runs of text (one
/// run per element's own text), with entities decoded; anything inside `data-chrome` is left out. The pages are generated, so a small tokenizer
/// is enough; it is not a general HTML parser.
struct PageText {
    struct Block: Equatable {
        var kind: String
        var node: String?
        var runs: [String]
    }

    let html: String

    /// Every `data-reply` block, in page order. A link inside text (a phone number, a web address) is
    /// part of its sentence: its text joins the run around it.
    var blocks: [Block] {
        var blocks: [Block] = []
        var open: [(name: String, block: Int?)] = []
        var pending = ""
        var pendingOwner: Int?
        func flush() {
            if let owner = pendingOwner {
                let run = Self.collapse(pending)
                if !run.isEmpty { blocks[owner].runs.append(run) }
            }
            pending = ""
            pendingOwner = nil
        }
        var rest = Substring(html)
        while let start = rest.firstIndex(of: "<") {
            let text = rest[..<start]
            if let owner = open.last?.block {
                if pendingOwner != owner { flush() }
                pendingOwner = owner
                pending += Self.decode(String(text))
            }
            guard let end = rest[start...].firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: start)..<end]
            rest = rest[rest.index(after: end)...]
            if tag.hasPrefix("!") { continue }
            let inline = tag == "/a" || tag.hasPrefix("a ")
            if !inline { flush() }
            if tag.hasPrefix("/") {
                let name = String(tag.dropFirst())
                if let index = open.lastIndex(where: { $0.name == name }) { open.removeSubrange(index...) }
                continue
            }
            let name = String(tag.prefix { !$0.isWhitespace })
            if ["input", "meta", "link", "br"].contains(name) { continue }
            let kind = Self.attribute("data-reply", in: tag)
            var owner = open.last?.block
            // The page's own controls inside a block (Change buttons) are not Signpost's words.
            if tag.contains(" data-chrome") { owner = nil }
            if let kind, owner == nil {
                blocks.append(Block(kind: kind, node: Self.attribute("data-node", in: tag), runs: []))
                owner = blocks.count - 1
            }
            open.append((name, owner))
        }
        flush()
        return blocks
    }

    /// The node the page's form answers, from its `data-node`.
    var formNode: String? {
        guard let range = html.range(of: "<form method=\"post\" action=\"/next\" novalidate=\"\" data-node=\"") else {
            return nil
        }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    /// The value of the first hidden `state` field (the page's sealed state).
    var state: String? {
        guard let range = html.range(of: "name=\"state\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let range = tag.range(of: " \(name)=\"") else { return nil }
        return decode(String(tag[range.upperBound...].prefix { $0 != "\"" }))
    }

    static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Runs of white space as one space, none at either end: text compared ignoring wrapping.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
