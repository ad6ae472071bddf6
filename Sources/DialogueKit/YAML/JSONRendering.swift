/// Renders what the parser read as JSON, so an author or a tool can see exactly what a file means.
///
/// Scalars become JSON strings; a value left out (`key:` and nothing else) becomes `null`; mapping keys
/// keep the order of the file. The output is indented by two spaces and ends with a line feed.
package enum JSONRendering {
    /// The whole JSON as one string.
    package static func render(_ document: YAMLDocument) -> String {
        var out = ""
        write(document, to: &out)
        return out
    }

    /// Streams the JSON into `target` piece by piece, so a caller that writes each piece out (as
    /// `signpost dump` does) never holds the whole text: its memory stays that of the tree.
    package static func write<Target: TextOutputStream>(_ document: YAMLDocument, to target: inout Target) {
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

    /// A JSON string literal, escaping what JSON requires, and every character that must never reach
    /// a terminal as itself (`VisibleText.mustEscape`: DEL, C1 controls, bidi overrides, line
    /// separators), written as `\uXXXX`, which means the same to a JSON reader. Runs of bytes that need
    /// no escape are written whole.
    static func appendString<Target: TextOutputStream>(_ text: String, to out: inout Target) {
        out.write("\"")
        var text = text
        text.withUTF8 { buffer in
            var runStart = 0
            var position = 0
            while position < buffer.count {
                let byte = buffer[position]
                var length = 1
                var escaped: String?
                if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F {
                    escaped = escape(byte)
                } else if byte >= 0xC2 {
                    length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                    let end = min(position + length, buffer.count)
                    let piece = String(decoding: UnsafeBufferPointer(rebasing: buffer[position..<end]), as: UTF8.self)
                    if let scalar = piece.unicodeScalars.first, VisibleText.mustEscape(scalar) {
                        escaped = hexEscape(scalar.value)
                    }
                }
                if let escaped {
                    if runStart < position {
                        out.write(
                            String(decoding: UnsafeBufferPointer(rebasing: buffer[runStart..<position]), as: UTF8.self))
                    }
                    out.write(escaped)
                    runStart = position + length
                }
                position += length
            }
            if runStart < buffer.count {
                out.write(String(decoding: UnsafeBufferPointer(rebasing: buffer[runStart...]), as: UTF8.self))
            }
        }
        out.write("\"")
    }

    private static func hexEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
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
            return hexEscape(UInt32(byte))
        }
    }
}
