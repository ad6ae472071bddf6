/// `TextWrapping.wrap` byte by byte, for text and prefixes that are all ASCII without a carriage return:
/// there every byte is one `Character`, so widths are byte counts. Most advice is such text. Kept for
/// speed: wrapping by `Character` alone makes `shipped.test` in Benchmarks/ (`signpost test` of the
/// shipped transcripts) take 2.3 times the instructions.
///
/// It gives exactly the lines `TextWrapping.wrapByCharacter` gives (the tests compare the two). A
/// carriage return is left to the slow path because `"\r\n"` is a single `Character` there.
enum ASCIIWrapping {
    /// The wrapped lines, or `nil` when the text or a prefix is not plain ASCII.
    static func wrap(_ text: String, width: Int, firstPrefix: String, restPrefix: String) -> [String]? {
        guard isPlain(firstPrefix), isPlain(restPrefix) else { return nil }
        let wrapped = text.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            guard isPlain(UnsafeRawBufferPointer(bytes)) else { return nil }
            if firstPrefix.utf8.count + bytes.count <= width, isOneLine(bytes) { return [firstPrefix + text] }
            var wrapper = Wrapper(width: width, restPrefix: Array(restPrefix.utf8))
            wrapper.wrap(bytes, firstPrefix: Array(firstPrefix.utf8))
            return wrapper.lines
        }
        return wrapped ?? nil
    }

    /// Text that wraps to itself when it fits: words one space apart, with none at either end and no
    /// line break (a short answer, a notice).
    private static func isOneLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 0x0A || (byte == 0x20 && previous == 0x20) { return false }
            previous = byte
        }
        return true
    }

    /// ASCII, and no carriage return.
    package static func isPlain(_ text: String) -> Bool {
        text.isEmpty || (text.utf8.withContiguousStorageIfAvailable { isPlain(UnsafeRawBufferPointer($0)) } ?? false)
    }

    /// ASCII, and no carriage return.
    package static func isPlain(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// `Character.isPunctuation` for an ASCII byte (general categories P*).
    static func isPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D: true
        default: false
        }
    }

    /// `Character.isNumber` for an ASCII byte.
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private struct Wrapper {
        let width: Int
        let restPrefix: [UInt8]
        var lines: [String] = []
        /// The current line's prefix, and its words when they are not one span of the text.
        var line: [UInt8] = []
        var lineHasWord = false
        /// The current line's width so far.
        var lineWidth = 0
        /// The words of the current line as one span of the text, while they are one space apart there
        /// (the usual case: the line is then made with one copy, not one per word).
        var span = 0..<0
        /// Whether the words are being copied into `line` one by one instead.
        var copying = false

        init(width: Int, restPrefix: [UInt8]) {
            self.width = width
            self.restPrefix = restPrefix
            line.reserveCapacity(2 * width)
        }

        mutating func wrap(_ text: UnsafeBufferPointer<UInt8>, firstPrefix: [UInt8]) {
            var start = 0
            var isFirst = true
            while true {
                var end = start
                while end < text.count, text[end] != 0x0A { end += 1 }
                paragraph(text, start..<end, prefix: isFirst ? firstPrefix : restPrefix)
                isFirst = false
                guard end < text.count else { return }
                start = end + 1
            }
        }

        /// One paragraph: its words (digit groups joined into one unit), laid out greedily.
        private mutating func paragraph(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, prefix: [UInt8]) {
            startLine(prefix)
            var unit: Range<Int>?
            var previousIsDigits = false
            var position = range.lowerBound
            while position < range.upperBound {
                if text[position] == 0x20 {
                    position += 1
                    continue
                }
                var end = position
                while end < range.upperBound, text[end] != 0x20 { end += 1 }
                var digitsEnd = position
                while digitsEnd < end, isDigit(text[digitsEnd]) { digitsEnd += 1 }
                var startsAsDigitGroup = digitsEnd > position
                if startsAsDigitGroup {
                    for index in digitsEnd..<end where !isPunctuation(text[index]) {
                        startsAsDigitGroup = false
                        break
                    }
                }
                if startsAsDigitGroup, previousIsDigits, let last = unit {
                    unit = last.lowerBound..<end
                } else {
                    if let last = unit { place(text, last) }
                    unit = position..<end
                }
                previousIsDigits = digitsEnd == end
                position = end
            }
            if let last = unit { place(text, last) }
            if !lineHasWord {
                while line.last == 0x20 { line.removeLast() }
            }
            finishLine(text)
        }

        private mutating func startLine(_ prefix: [UInt8]) {
            line.removeAll(keepingCapacity: true)
            line += prefix
            lineWidth = prefix.count
            lineHasWord = false
            copying = false
        }

        @inline(__always)
        private mutating func place(_ text: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) {
            if lineHasWord, lineWidth + 1 + word.count > width {
                finishLine(text)
                startLine(restPrefix)
            }
            if !lineHasWord {
                span = word
                lineWidth += word.count
                lineHasWord = true
                return
            }
            lineWidth += 1 + word.count
            if !copying, word.lowerBound == span.upperBound + 1, text[span.upperBound] == 0x20 {
                span = span.lowerBound..<word.upperBound
                return
            }
            if !copying {
                line += UnsafeBufferPointer(rebasing: text[span])
                copying = true
            }
            line.append(0x20)
            line += UnsafeBufferPointer(rebasing: text[word])
        }

        /// Adds the current line: its prefix and its words.
        private mutating func finishLine(_ text: UnsafeBufferPointer<UInt8>) {
            guard lineHasWord, !copying else {
                lines.append(String(decoding: line, as: UTF8.self))
                return
            }
            let words = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(text)[span])
            let prefix = line
            lines.append(
                String(unsafeUninitializedCapacity: prefix.count + words.count) { buffer in
                    let target = UnsafeMutableRawBufferPointer(buffer)
                    prefix.withUnsafeBytes { target.copyMemory(from: $0) }
                    UnsafeMutableRawBufferPointer(rebasing: target[prefix.count...]).copyMemory(from: words)
                    return prefix.count + words.count
                })
        }
    }
}
