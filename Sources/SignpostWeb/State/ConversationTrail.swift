import Foundation

/// Everything the server knows of a conversation: the lines the adult has sent, in the batches they were
/// sent in (one page's form is one batch), carried by each page in a hidden field of its POST form and
/// replayed through the engine on every request. The server keeps nothing between requests.
///
/// The field also names the dialogue it was made with (`dialogue`, a fingerprint of its files), so a
/// page from before the dialogue changed starts again rather than replaying old answers into new
/// questions. Any field the server cannot read, or that is larger than a conversation can be, is
/// treated the same way: the adult starts again, with a word of explanation. Replaying a tampered trail
/// is harmless: it is only lines the adult could have typed themselves.
public struct ConversationTrail: Hashable, Sendable, Codable {
    public var dialogue: String
    public var batches: [[String]]

    public init(dialogue: String, batches: [[String]] = []) {
        self.dialogue = dialogue
        self.batches = batches
    }

    /// The most lines a trail may hold, over all its batches: far more than any real conversation,
    /// small enough that replaying it stays quick.
    public static let maximumLines = 400
    /// The most characters the encoded field may have (32 KiB).
    public static let maximumEncodedLength = 32 * 1024

    public var lineCount: Int { batches.reduce(0) { $0 + $1.count } }

    /// Why a posted trail was not used.
    public enum Unusable: Error, Hashable, Sendable {
        /// Not something this server wrote: cut short, edited or garbled.
        case unreadable
        /// Written for another version of the dialogue.
        case stale
        /// More than a conversation can hold.
        case tooLarge
    }

    /// The hidden field's value: base64url of a small JSON document (no `+`, `/` or `=`, so it survives
    /// any form encoding unchanged).
    public func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard let data = try? encoder.encode(self) else { return "" }
        return Self.mapBytes(data.base64EncodedString()) { byte in
            switch byte {
            case UInt8(ascii: "+"): UInt8(ascii: "-")
            case UInt8(ascii: "/"): UInt8(ascii: "_")
            case UInt8(ascii: "="): nil
            default: byte
            }
        }
    }

    /// `text` with each byte mapped (or dropped, for `nil`): base64 and base64url differ only in ASCII.
    private static func mapBytes(_ text: String, _ map: (UInt8) -> UInt8?) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 3)
        for byte in text.utf8 {
            if let mapped = map(byte) { bytes.append(mapped) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Reads a hidden field, checking it belongs to `dialogue` and is within bounds.
    public static func decode(_ field: String, dialogue fingerprint: String) -> Result<ConversationTrail, Unusable> {
        guard field.utf8.count <= maximumEncodedLength else { return .failure(.tooLarge) }
        var base64 = mapBytes(field) { byte in
            switch byte {
            case UInt8(ascii: "-"): UInt8(ascii: "+")
            case UInt8(ascii: "_"): UInt8(ascii: "/")
            default: byte
            }
        }
        base64 += String(repeating: "=", count: (4 - base64.utf8.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let trail = try? JSONDecoder().decode(ConversationTrail.self, from: data)
        else { return .failure(.unreadable) }
        guard trail.dialogue == fingerprint else { return .failure(.stale) }
        guard trail.lineCount <= maximumLines else { return .failure(.tooLarge) }
        return .success(trail)
    }

    /// The trail with one more batch.
    public func adding(_ batch: [String]) -> ConversationTrail {
        var next = self
        next.batches.append(batch)
        return next
    }
}
