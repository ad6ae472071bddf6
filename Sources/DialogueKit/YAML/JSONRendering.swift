/// Renders what the parser read as JSON, so an author or a tool can see exactly what a file means.
///
/// Scalars become JSON strings; a value left out (`key:` and nothing else) becomes `null`; mapping keys
/// keep the order of the file. The output is indented by two spaces and ends with a line feed.
public enum JSONRendering {
    /// The whole JSON as one string.
    public static func render(_ document: YAMLDocument) -> String {
        var out = ""
        write(document, to: &out)
        return out
    }

    /// Streams the JSON into `target` piece by piece, so a caller that writes each piece out (as
    /// `signpost dump` does) never holds the whole text: its memory stays that of the tree.
    public static func write<Target: TextOutputStream>(_ document: YAMLDocument, to target: inout Target) {
        if let root = document.root {
            append(root, indent: 0, to: &target)
        } else {
            target.write("null")
        }
        target.write("\n")
    }

    private static func append<Target: TextOutputStream>(_ node: YAMLNode, indent: Int, to out: inout Target) {
        switch node.content {
        case .scalar(let scalar):
            if scalar.isEmptyValue {
                out.write("null")
            } else {
                appendString(scalar.text, to: &out)
            }
        case .sequence(let items):
            guard !items.isEmpty else {
                out.write("[]")
                return
            }
            out.write("[\n")
            let inner = String(repeating: " ", count: indent + 2)
            for (position, item) in items.enumerated() {
                out.write(inner)
                append(item, indent: indent + 2, to: &out)
                out.write(position == items.count - 1 ? "\n" : ",\n")
            }
            out.write(String(repeating: " ", count: indent) + "]")
        case .mapping(let entries):
            guard !entries.isEmpty else {
                out.write("{}")
                return
            }
            out.write("{\n")
            let inner = String(repeating: " ", count: indent + 2)
            for (position, entry) in entries.enumerated() {
                out.write(inner)
                appendString(entry.key, to: &out)
                out.write(": ")
                append(entry.value, indent: indent + 2, to: &out)
                out.write(position == entries.count - 1 ? "\n" : ",\n")
            }
            out.write(String(repeating: " ", count: indent) + "}")
        }
    }

    /// A JSON string literal, escaping what JSON requires and nothing else. Runs of bytes that need no
    /// escape are written whole.
    public static func appendString<Target: TextOutputStream>(_ text: String, to out: inout Target) {
        out.write("\"")
        var text = text
        text.withUTF8 { buffer in
            var runStart = 0
            for position in 0..<buffer.count {
                let byte = buffer[position]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                if runStart < position {
                    out.write(String(decoding: UnsafeBufferPointer(rebasing: buffer[runStart..<position]), as: UTF8.self))
                }
                out.write(escape(byte))
                runStart = position + 1
            }
            if runStart < buffer.count {
                out.write(String(decoding: UnsafeBufferPointer(rebasing: buffer[runStart...]), as: UTF8.self))
            }
        }
        out.write("\"")
    }

    private static func escape(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "\""): return "\\\""
        case UInt8(ascii: "\\"): return "\\\\"
        case UInt8(ascii: "\n"): return "\\n"
        case UInt8(ascii: "\r"): return "\\r"
        case UInt8(ascii: "\t"): return "\\t"
        case 0x08: return "\\b"
        case 0x0C: return "\\f"
        default:
            let hex = String(byte, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
    }
}
