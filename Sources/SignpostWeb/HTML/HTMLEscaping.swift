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
