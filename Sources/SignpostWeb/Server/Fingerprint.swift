import DialogueKit

/// FNV-1a over the files' names and text, as 16 hex digits: enough to tell versions of a dialogue apart
/// (it is not a secret, and does not need to be).
enum Fingerprint {
    static func of(_ files: [String: String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for name in files.keys.sorted() {
            for byte in name.utf8 + [0] + (files[name] ?? "").utf8 + [0] {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
