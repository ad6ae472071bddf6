import DialogueKit

/// `PageState` as compact bytes, for `StateSeal`: every page opens one sealed state and seals several,
/// and JSON's encoder and decoder were an eighth of a page's time. Each string is its UTF-8 length (a
/// variable-length number) and its bytes; each list its count and its items; each optional a flag byte.
/// Reading checks every length against what is left, so bytes that are not a state give `nil`, never a
/// crash (the seal's authentication already keeps out anything the server did not write).
enum PageStateBytes {
    static func encode(_ state: PageState) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        put(state.trail.dialogue, into: &bytes)
        put(state.trail.batches.count, into: &bytes)
        for batch in state.trail.batches {
            put(batch.count, into: &bytes)
            for line in batch { put(line, into: &bytes) }
        }
        switch state.problem {
        case nil: bytes.append(0)
        case .noAnswerChosen?: bytes.append(1)
        case .entriesNotAccepted(let rejected)?:
            bytes.append(2)
            put(rejected, into: &bytes)
        case .entriesTooMany(let rejected)?:
            bytes.append(3)
            put(rejected, into: &bytes)
        }
        if let change = state.change {
            bytes.append(1)
            put(change.answer, into: &bytes)
            if let confirming = change.confirming {
                bytes.append(1)
                put(confirming, into: &bytes)
            } else {
                bytes.append(0)
            }
        } else {
            bytes.append(0)
        }
        return bytes
    }

    static func decode<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> PageState? {
        var reader = Reader(bytes: Array(bytes))
        guard let dialogue = reader.string(), let batchCount = reader.count() else { return nil }
        var batches: [[String]] = []
        for _ in 0..<batchCount {
            guard let batch = reader.strings() else { return nil }
            batches.append(batch)
        }
        let problem: PageProblem?
        switch reader.byte() {
        case 0: problem = nil
        case 1: problem = .noAnswerChosen
        case 2:
            guard let rejected = reader.strings() else { return nil }
            problem = .entriesNotAccepted(rejected: rejected)
        case 3:
            guard let rejected = reader.strings() else { return nil }
            problem = .entriesTooMany(rejected: rejected)
        default: return nil
        }
        var change: PendingChange?
        switch reader.byte() {
        case 0: change = nil
        case 1:
            guard let answer = reader.number() else { return nil }
            switch reader.byte() {
            case 0: change = PendingChange(answer: answer)
            case 1:
                guard let confirming = reader.number() else { return nil }
                change = PendingChange(answer: answer, confirming: confirming)
            default: return nil
            }
        default: return nil
        }
        guard reader.atEnd else { return nil }
        return PageState(
            trail: ConversationTrail(dialogue: dialogue, batches: batches), problem: problem, change: change)
    }

    private static func put(_ number: Int, into bytes: inout [UInt8]) {
        var rest = UInt64(max(0, number))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    private static func put(_ text: String, into bytes: inout [UInt8]) {
        put(text.utf8.count, into: &bytes)
        bytes.append(contentsOf: text.utf8)
    }

    private static func put(_ texts: [String], into bytes: inout [UInt8]) {
        put(texts.count, into: &bytes)
        for text in texts { put(text, into: &bytes) }
    }

    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        var atEnd: Bool { position == bytes.count }

        mutating func byte() -> UInt8? {
            guard position < bytes.count else { return nil }
            defer { position += 1 }
            return bytes[position]
        }

        /// A variable-length number no larger than what is left to read (every count and length here
        /// counts bytes or items that follow), so a forged count cannot make a huge allocation.
        mutating func count() -> Int? {
            guard let value = number(), value <= bytes.count - position else { return nil }
            return value
        }

        /// A variable-length number of at most 35 bits.
        mutating func number() -> Int? {
            var value = 0
            for shift in stride(from: 0, to: 35, by: 7) {
                guard let next = byte() else { return nil }
                value |= Int(next & 0x7F) << shift
                if next < 0x80 { return value }
            }
            return nil
        }

        mutating func string() -> String? {
            guard let length = count() else { return nil }
            defer { position += length }
            return String(decoding: bytes[position..<position + length], as: UTF8.self)
        }

        mutating func strings() -> [String]? {
            guard let count = count() else { return nil }
            var texts: [String] = []
            for _ in 0..<count {
                guard let text = string() else { return nil }
                texts.append(text)
            }
            return texts
        }
    }
}
