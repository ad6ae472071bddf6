import Crypto
import DialogueKit
import Foundation

/// Seals a page's state into a short opaque text for its address, and opens it again: authenticated
/// encryption (ChaCha20-Poly1305, from swift-crypto) with a key only the server processes hold, so the
/// address reveals nothing about the conversation and cannot be forged or edited, and with the time it
/// was made, so an address older than `lifetime` no longer opens.
///
/// The text is base64url (no `+`, `/` or `=`): version byte, then the sealed box (nonce, ciphertext,
/// tag) of the issue time (8 bytes, seconds) and the state's bytes (`PageStateBytes`).
package struct StateSeal: Sendable {
    package let key: SymmetricKey
    /// How long a page's address keeps working.
    let lifetime: Duration
    /// The clock, for tests.
    let now: @Sendable () -> Date

    /// The most characters a sealed state may have (40 KiB): what a page's address and its forms carry.
    static let maximumLength = 40 * 1024
    static let defaultLifetime: Duration = .seconds(2 * 60 * 60)
    static let version: UInt8 = 2

    package init(
        key: SymmetricKey = SymmetricKey(size: .bits256), lifetime: Duration = defaultLifetime,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.key = key
        self.lifetime = lifetime
        self.now = now
    }

    /// A key from 64 hexadecimal digits (for several processes that must open each other's pages).
    package static func key(hex: String) -> SymmetricKey? {
        let digits = Array(hex.utf8)
        guard digits.count == 64 else { return nil }
        var bytes: [UInt8] = []
        for index in stride(from: 0, to: 64, by: 2) {
            guard let high = FormBody.hexValue(digits[index]), let low = FormBody.hexValue(digits[index + 1]) else {
                return nil
            }
            bytes.append(high << 4 | low)
        }
        return SymmetricKey(data: bytes)
    }

    /// Why a sealed state was not used.
    enum Unusable: Error, Hashable, Sendable {
        /// Not something this server sealed: cut short, edited, garbled, or sealed with another key.
        case unreadable
        /// Sealed longer ago than `lifetime`.
        case expired
        /// Made with another version of the dialogue.
        case stale
        /// More than a conversation can hold.
        case tooLarge
    }

    package func seal(_ state: PageState) -> String {
        var plain: [UInt8] = []
        let seconds = UInt64(max(0, now().timeIntervalSince1970))
        for index in 0..<8 { plain.append(UInt8(truncatingIfNeeded: seconds >> (56 - 8 * UInt64(index)))) }
        plain.append(contentsOf: PageStateBytes.encode(state))
        guard let box = try? ChaChaPoly.seal(plain, using: key) else { return "" }
        var bytes = Data([Self.version])
        bytes.append(box.combined)
        return Self.base64url(bytes)
    }

    /// Opens a sealed state, checking its age, its dialogue and its size.
    func open(_ text: String, dialogue fingerprint: String) -> Result<PageState, Unusable> {
        guard text.utf8.count <= Self.maximumLength else { return .failure(.tooLarge) }
        guard let bytes = Self.data(base64url: text), bytes.first == Self.version,
            let box = try? ChaChaPoly.SealedBox(combined: bytes.dropFirst()),
            let plain = try? ChaChaPoly.open(box, using: key), plain.count > 8
        else { return .failure(.unreadable) }
        let seconds = plain.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let age = now().timeIntervalSince1970 - Double(seconds)
        guard age <= Double(lifetime.components.seconds), age >= -60 else { return .failure(.expired) }
        guard let state = PageStateBytes.decode(plain.dropFirst(8)) else { return .failure(.unreadable) }
        guard state.trail.dialogue == fingerprint else { return .failure(.stale) }
        guard state.trail.lineCount <= ConversationTrail.maximumLines else { return .failure(.tooLarge) }
        return .success(state)
    }

    static func base64url(_ data: Data) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(data.count * 4 / 3 + 4)
        for byte in data.base64EncodedString().utf8 {
            switch byte {
            case UInt8(ascii: "+"): bytes.append(UInt8(ascii: "-"))
            case UInt8(ascii: "/"): bytes.append(UInt8(ascii: "_"))
            case UInt8(ascii: "="): continue
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func data(base64url text: String) -> Data? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 3)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "-"): bytes.append(UInt8(ascii: "+"))
            case UInt8(ascii: "_"): bytes.append(UInt8(ascii: "/"))
            case UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "="): return nil
            default: bytes.append(byte)
            }
        }
        while bytes.count % 4 != 0 { bytes.append(UInt8(ascii: "=")) }
        return Data(base64Encoded: Data(bytes))
    }
}
