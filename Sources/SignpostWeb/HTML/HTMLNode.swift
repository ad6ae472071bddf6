/// A piece of an HTML page as a value. Text and attribute values are escaped when the page is rendered,
/// so nothing the adult typed (or the dialogue's authors wrote) can become markup: there is no way to
/// put raw HTML into a node.
public enum HTMLNode: Hashable, Sendable {
    case element(String, attributes: [HTMLAttribute], children: [HTMLNode])
    /// An element with no content and no closing tag (`input`, `meta`, `link`).
    case void(String, attributes: [HTMLAttribute])
    case text(String)
    /// Several nodes side by side, with no element around them.
    case group([HTMLNode])

    static let empty = HTMLNode.group([])
}

/// A name and value; names are fixed by the code, values are escaped.
public struct HTMLAttribute: Hashable, Sendable {
    public let name: String
    /// `nil` for a boolean attribute written without a value (`checked`).
    public let value: String?

    public init(_ name: String, _ value: String?) {
        self.name = name
        self.value = value
    }
}

extension HTMLNode {
    /// The whole document, with its doctype.
    public func document() -> String {
        var output = "<!DOCTYPE html>\n"
        output.reserveCapacity(32 * 1024)
        render(into: &output)
        return output
    }

    public func render(into output: inout String) {
        switch self {
        case .text(let text):
            HTMLEscaping.escape(text, into: &output)
        case .group(let nodes):
            for node in nodes { node.render(into: &output) }
        case .void(let name, let attributes):
            output += "<" + name
            Self.render(attributes, into: &output)
            output += ">"
        case .element(let name, let attributes, let children):
            output += "<" + name
            Self.render(attributes, into: &output)
            output += ">"
            for child in children { child.render(into: &output) }
            output += "</" + name + ">"
            if name == "p" || name == "li" || name == "div" || name == "section" { output += "\n" }
        }
    }

    private static func render(_ attributes: [HTMLAttribute], into output: inout String) {
        for attribute in attributes {
            output += " " + attribute.name
            if let value = attribute.value {
                output += "=\""
                HTMLEscaping.escape(value, into: &output)
                output += "\""
            }
        }
    }
}

/// The five characters that matter in text and in quoted attribute values.
enum HTMLEscaping {
    /// Appends `text` with the five characters replaced. It scans UTF-8 bytes and appends each run between
    /// them whole: every page carries its trail (a long base64url value) in several forms, and copying
    /// scalar by scalar was the largest cost of serving a page. The five are ASCII, so a run always ends
    /// on a character boundary.
    static func escape(_ text: String, into output: inout String) {
        let bytes = text.utf8
        var runStart = bytes.startIndex
        var index = runStart
        while index != bytes.endIndex {
            if let replacement = replacement(for: bytes[index]) {
                output += text[runStart..<index]
                output += replacement
                runStart = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        output += text[runStart..<bytes.endIndex]
    }

    private static func replacement(for byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }

    static func escaped(_ text: String) -> String {
        var output = ""
        escape(text, into: &output)
        return output
    }
}
