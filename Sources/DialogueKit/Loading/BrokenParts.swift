/// The files of a dialogue that could not be read into nodes, so that the errors that only follow
/// from them ("there is no node called 'removal'" when `removal.yaml` has an unclosed quote) are not
/// reported on top of the one error that is the cause.
struct BrokenParts {
    private var texts: [[UInt8]] = []
    private var anyUnreadable = false

    /// Whether every file was read into nodes.
    package var isEmpty: Bool { texts.isEmpty && !anyUnreadable }

    /// A file that was read but does not parse.
    mutating func add(_ source: SourceFile) {
        texts.append(source.bytes)
    }

    /// A file that could not be read at all: it might have defined any node.
    mutating func addUnreadable() {
        anyUnreadable = true
    }

    /// Whether a broken file may define the node `id`: it has a line that starts, after indentation,
    /// with `id:` (or the file could not be read at all).
    func mayDefine(_ id: String) -> Bool {
        if anyUnreadable { return true }
        let key = Array((id + ":").utf8)
        return texts.contains { bytes in
            var index = 0
            while index < bytes.count {
                var start = index
                while start < bytes.count, bytes[start] == UInt8(ascii: " ") { start += 1 }
                if bytes.count - start >= key.count, Array(bytes[start..<(start + key.count)]) == key { return true }
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
                index += 1
            }
            return false
        }
    }
}
