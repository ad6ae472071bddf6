/// The check every file passes before parsing: valid UTF-8, no NUL, no control characters, a size limit.
extension YAMLReader {
    /// Walks the bytes once, keeping lines counted so that a bad byte is reported where it is.
    mutating func validateEncoding() throws(YAMLError) {
        guard bytes.count <= YAMLParser.maximumFileSize else {
            throw error(.fileTooLarge(limit: YAMLParser.maximumFileSize), SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0)))
        }
        var position = 0
        let count = bytes.count
        while position < count {
            let byte = bytes[position]
            if byte >= 0x20, byte < 0x7F {
                position += 1
                continue
            }
            switch byte {
            case .lf:
                position += 1
                line += 1
                lineStart = position
                continue
            case .tab:
                position += 1
                continue
            case .cr:
                guard position + 1 < count, bytes[position + 1] == .lf else {
                    throw badByte(.loneCarriageReturn, at: position)
                }
                position += 1
                continue
            case 0:
                throw badByte(.nulByte, at: position)
            case 0x01..<0x20, 0x7F:
                throw badByte(.controlCharacter(UInt32(byte)), at: position)
            default:
                break
            }
            guard let (scalar, length) = decodeScalar(at: position) else { throw badByte(.invalidUTF8, at: position) }
            if (0x80...0x9F).contains(scalar), scalar != 0x85 { throw badByte(.controlCharacter(scalar), at: position) }
            if scalar == 0xFFFE || scalar == 0xFFFF { throw badByte(.controlCharacter(scalar), at: position) }
            position += length
        }
        line = 1
        lineStart = 0
    }

    private mutating func badByte(_ reason: YAMLError.Reason, at position: Int) -> YAMLError {
        let start = location(at: position)
        return error(reason, SourceRange(start: start, end: location(at: position + 1)))
    }

    /// Decodes one multi-byte UTF-8 sequence, rejecting overlong forms, surrogates and values past U+10FFFF.
    private func decodeScalar(at position: Int) -> (UInt32, Int)? {
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
