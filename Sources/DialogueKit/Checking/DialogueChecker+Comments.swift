/// Prose cut short by a comment: in unquoted text, a space then `#` starts a YAML comment, so
/// "block the person #1 priority, then tell an adult." shows only "block the person". The parser
/// reads it as YAML must; `check` says where the text was cut, what is lost, and to quote it.
extension DialogueChecker {
    /// One finding per shown text (not metadata) written without quotes and followed, on the line where
    /// it ends, by a comment.
    func cutByComments() -> [CheckFinding] {
        var findings: [CheckFinding] = []
        forEachText { item in
            if let finding = cutByComment(item) { findings.append(finding) }
        }
        return findings
    }

    private func cutByComment(_ item: DialogueText) -> CheckFinding? {
        let range = item.source.range
        guard item.role != .metadata, let file = sources.first(where: { $0.name == item.source.file }) else {
            return nil
        }
        let bytes = file.bytes
        guard range.start.offset < bytes.count, range.end.offset <= bytes.count else { return nil }
        // Quoted and block texts keep a `#`; only plain text is cut by one.
        switch bytes[range.start.offset] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "|"), UInt8(ascii: ">"): return nil
        default: break
        }
        var hash = range.end.offset
        while hash < bytes.count, bytes[hash] == UInt8(ascii: " ") || bytes[hash] == UInt8(ascii: "\t") { hash += 1 }
        guard hash > range.end.offset, hash < bytes.count, bytes[hash] == UInt8(ascii: "#") else { return nil }
        var end = hash
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") { end += 1 }
        let comment = String(decoding: bytes[hash..<end], as: UTF8.self)
        let start = SourceLocation(
            line: range.end.line, column: range.end.column + (hash - range.end.offset), offset: hash)
        let stop = SourceLocation(
            line: range.end.line, column: start.column + comment.unicodeScalars.count, offset: end)
        let place = SourceReference(file: item.source.file, range: SourceRange(start: start, end: stop))
        return CheckFinding(.textCutByComment(shown: item.text, cut: comment), at: place)
    }
}
