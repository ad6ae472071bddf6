/// A piece of an HTML page as a value. Text and attribute values are escaped when the page is rendered,
/// so nothing the adult typed (or the dialogue's authors wrote) can become markup: there is no way to
/// put raw HTML into a node.
enum HTMLNode: Hashable, Sendable {
    case element(String, attributes: [HTMLAttribute], children: [HTMLNode])
    /// An element with no content and no closing tag (`input`, `meta`, `link`).
    case void(String, attributes: [HTMLAttribute])
    case text(String)
    /// Several nodes side by side, with no element around them.
    case group([HTMLNode])

    static let empty = HTMLNode.group([])
}

extension HTMLNode {
    /// The whole document, with its doctype.
    func document() -> String {
        var output = "<!DOCTYPE html>\n"
        output.reserveCapacity(32 * 1024)
        render(into: &output)
        return output
    }

    func render(into output: inout String) {
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
