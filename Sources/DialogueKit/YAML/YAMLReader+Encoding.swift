/// The check every file passes before parsing: valid UTF-8, no NUL, no control characters, a size limit.
extension YAMLReader {
    /// Walks the bytes once and records where each multi-byte character starts, so that columns cost no
    /// second walk.
    /// Lines are not counted here: a bad byte's line is found only when there is one to report.
    mutating func validateEncoding() throws(YAMLError) {
        guard bytes.count <= YAMLParser.maximumFileSize else {
            throw error(
                .fileTooLarge(limit: YAMLParser.maximumFileSize),
                SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0)))
        }
        var multiByte = MultiByteCharacters()
        let problem = Self.scan(bytes, recording: &multiByte)
        self.multiByte = multiByte
        if let (reason, position) = problem { throw badByte(reason, at: position) }
    }

    /// The first problem in `buffer`, if any, with its offset.
    private static func scan(
        _ buffer: UnsafeBufferPointer<UInt8>, recording multiByte: inout MultiByteCharacters
    ) -> (YAMLError.Reason, Int)? {
        let count = buffer.count
        guard let base = buffer.baseAddress else { return nil }
        var position = 0
        while position < count {
            let byte = base[position]
            if (byte >= 0x20 && byte < 0x7F) || byte == .lf || byte == .tab {
                position += 1
                continue
            }
            switch byte {
            case .cr:
                guard position + 1 < count, base[position + 1] == .lf else { return (.loneCarriageReturn, position) }
                position += 2
                continue
            case 0:
                return (.nulByte, position)
            case 0x01..<0x20, 0x7F:
                return (.controlCharacter(UInt32(byte)), position)
            default:
                break
            }
            guard let (scalar, length) = decodeScalar(buffer, at: position) else { return (.invalidUTF8, position) }
            if (0x80...0x9F).contains(scalar), scalar != 0x85 { return (.controlCharacter(scalar), position) }
            if scalar == 0xFFFE || scalar == 0xFFFF { return (.controlCharacter(scalar), position) }
            multiByte.append(start: position, length: length)
            position += length
        }
        return nil
    }

    /// An error at a byte found during validation, with its line counted now.
    private mutating func badByte(_ reason: YAMLError.Reason, at position: Int) -> YAMLError {
        line = 1
        lineStart = 0
        for offset in 0..<position where bytes[offset] == .lf {
            line += 1
            lineStart = offset + 1
        }
        let start = location(at: position)
        return error(reason, SourceRange(start: start, end: location(at: position + 1)))
    }

    /// Decodes one multi-byte UTF-8 sequence, rejecting overlong forms, surrogates and values past U+10FFFF.
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (UInt32, Int)? {
        let lead = bytes[position]
        let length: Int
        let minimum: UInt32
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: (length, minimum, value) = (2, 0x80, UInt32(lead & 0x1F))
        case 0xE0...0xEF: (length, minimum, value) = (3, 0x800, UInt32(lead & 0x0F))
        case 0xF0...0xF4: (length, minimum, value) = (4, 0x10000, UInt32(lead & 0x07))
        default: return nil
        }
        guard position + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let continuation = bytes[position + offset]
            guard continuation.isUTF8Continuation else { return nil }
            value = value << 6 | UInt32(continuation & 0x3F)
        }
        guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return nil }
        return (value, length)
    }
}

/// Where the file's multi-byte characters are, so that a column (which counts characters, not bytes)
/// is the byte distance from the line's start less the continuation bytes between: a binary search,
/// and nothing at all in a file that is plain ASCII.
struct MultiByteCharacters {
    /// The offset of each multi-byte character's first byte, in order.
    private var starts: [Int] = []
    /// How many continuation bytes come before each of those characters.
    private var continuationsBefore: [Int] = []
    private var total = 0

    package var isEmpty: Bool { starts.isEmpty }

    package mutating func append(start: Int, length: Int) {
        starts.append(start)
        continuationsBefore.append(total)
        total += length - 1
    }

    /// How many continuation bytes lie before `offset`.
    func continuations(before offset: Int) -> Int {
        guard let first = starts.first, offset > first else { return 0 }
        // The last character starting before `offset`.
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] < offset { low = middle } else { high = middle - 1 }
        }
        let length = (low + 1 < starts.count ? continuationsBefore[low + 1] : total) - continuationsBefore[low]
        return continuationsBefore[low] + min(length, offset - starts[low] - 1)
    }
}
