import Foundation

/// Plain lines from standard input, for pipes and scripts: no prompt, no echo, no editing.
///
/// Lines are bounded: a line is kept up to `keptBytes` (far more than the longest answer the engine
/// reads, so a long line is still told how long it is) and the rest of it is skipped. A "line" that
/// runs on past `skippedBytes` more without ending (`signpost < /dev/zero`) is taken as the end of
/// input, so memory and time stay bounded whatever is piped in.
struct PlainLineInput: LineInput {
    static let keptBytes = 1_048_576
    static let skippedBytes = 1_048_576

    /// Where bytes come from: standard input unless a test says otherwise.
    var nextByte: () -> Int32 = { getchar_unlocked() }
    /// Whether the last line returned was cut short, so the rest of it is still to be skipped.
    private var skippingRestOfLine = false

    mutating func readLine(prompt: String) -> String? {
        if skippingRestOfLine {
            skippingRestOfLine = false
            var skipped = 0
            while true {
                let byte = nextByte()
                if byte == EOF { return nil }
                if byte == 0x0A { break }
                skipped += 1
                if skipped > Self.skippedBytes { return nil }
            }
        }
        var bytes: [UInt8] = []
        while true {
            let byte = nextByte()
            if byte == EOF {
                if bytes.isEmpty { return nil }
                break
            }
            if byte == 0x0A { break }
            bytes.append(UInt8(truncatingIfNeeded: byte))
            if bytes.count >= Self.keptBytes {
                // Over the limit: returned now, so the engine says it is too long; the rest is skipped.
                skippingRestOfLine = true
                break
            }
        }
        if bytes.last == 0x0D { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    mutating func setCompletions(_ candidates: [String]) {}
}
