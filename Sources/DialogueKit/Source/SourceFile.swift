/// The bytes of one file together with the name it is shown under in messages.
///
/// The core never reads files itself: the shell hands it a `SourceFile`.
package struct SourceFile: Sendable, Hashable {
    /// The path as the author should see it, for example `Dialogues/default.yaml`.
    package var name: String
    package var bytes: [UInt8]

    package init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    package init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    /// The text of the line that holds `location`, without its line break.
    ///
    /// Invalid UTF-8 is shown as U+FFFD, so a message about a bad byte can still quote its line.
    /// At most `limit` bytes from the line's start are taken: a caller that shows the line shortened
    /// needs no more, and a file that is one enormous line is then not scanned to its end per message.
    func lineText(containing location: SourceLocation, limit: Int = .max) -> String {
        let offset = min(max(location.offset, 0), bytes.count)
        var start = offset
        while start > 0, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        let last = start + min(max(limit, 0), bytes.count - start)
        var end = min(offset, last)
        while end < last, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
