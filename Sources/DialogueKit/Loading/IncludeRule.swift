/// What a file named by an `include:` (or by a transcript's `# dialogue:` line) must be, before and
/// after it is read. Files from outside the dialogue's folder, devices and files that are not dialogues
/// are refused with a reason that never quotes their bytes: a dialogue checked in CI must not be able to
/// print `/proc/self/environ` or `/etc/shadow` in an error message.
package enum IncludeRule {
    /// The endings a dialogue file may have.
    static let endings = [".yaml", ".yml"]
    /// The most files deep a chain of includes may go (the main dialogue's own includes are 1 deep).
    static let maximumDepth = 64

    /// Why `name`, as written, cannot be included, or `nil` when its form is fine.
    package static func problem(withName name: String) -> FileRefusal? {
        if name.isEmpty { return .emptyName }
        if name.hasPrefix("/") || name.hasPrefix("~") { return .absoluteName }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return .controlCharacterInName
        }
        if !endings.contains(where: { name.lowercased().hasSuffix($0) }) { return .notADialogueName }
        return nil
    }

    /// Why the bytes read cannot be a dialogue, or `nil` when they are UTF-8 text. Says where the first
    /// bad byte is (line and column), never what it is.
    package static func problem(withBytes bytes: [UInt8]) -> FileRefusal? {
        var line = 1
        var column = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte != 0, byte < 0x80 {
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                index += 1
                continue
            }
            let length: Int =
                switch byte {
                case 0xC2...0xDF: 2
                case 0xE0...0xEF: 3
                case 0xF0...0xF4: 4
                default: 0
                }
            guard length > 0, index + length <= bytes.count, isWellFormed(bytes[index..<index + length]) else {
                return .notText(line: line, column: column, nul: byte == 0)
            }
            column += 1
            index += length
        }
        return nil
    }

    /// One UTF-8 sequence, checked with the standard library's decoder (no overlongs, no surrogates).
    private static func isWellFormed(_ sequence: ArraySlice<UInt8>) -> Bool {
        var iterator = sequence.makeIterator()
        var decoder = UTF8()
        guard case .scalarValue = decoder.decode(&iterator) else { return false }
        return iterator.next() == nil
    }
}
