/// Renders what the parser read as JSON, so an author or a tool can see exactly what a file means.
///
/// Scalars become JSON strings; a value left out (`key:` and nothing else) becomes `null`; mapping keys
/// keep the order of the file. The output is indented by two spaces and ends with a line feed.
public enum JSONRendering {
    public static func render(_ document: YAMLDocument) -> String {
        var out = ""
        if let root = document.root {
            append(root, indent: 0, to: &out)
        } else {
            out += "null"
        }
        return out + "\n"
    }

    private static func append(_ node: YAMLNode, indent: Int, to out: inout String) {
        switch node.content {
        case .scalar(let scalar):
            if scalar.isEmptyValue {
                out += "null"
            } else {
                appendString(scalar.text, to: &out)
            }
        case .sequence(let items):
            guard !items.isEmpty else {
                out += "[]"
                return
            }
            out += "[\n"
            for (position, item) in items.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                append(item, indent: indent + 2, to: &out)
                out += position == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .mapping(let entries):
            guard !entries.isEmpty else {
                out += "{}"
                return
            }
            out += "{\n"
            for (position, entry) in entries.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                appendString(entry.key, to: &out)
                out += ": "
                append(entry.value, indent: indent + 2, to: &out)
                out += position == entries.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }

    /// A JSON string literal, escaping what JSON requires and nothing else.
    public static func appendString(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
