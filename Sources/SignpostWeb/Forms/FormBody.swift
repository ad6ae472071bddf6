/// A posted `application/x-www-form-urlencoded` body, read strictly: a field that is not valid
/// percent-encoded UTF-8 makes the whole form malformed (answered with 400), never a guess.
struct FormBody: Sendable {
    var fields: [(name: String, value: String)] = []

    init(fields: [(name: String, value: String)]) {
        self.fields = fields
    }

    /// Why a body could not be read as a form.
    enum Malformed: Error, Hashable, Sendable {
        case badEncoding
        case tooManyFields
    }

    /// The most fields a form may have: the pages post at most four.
    static let maximumFields = 16

    init(parsing bytes: some Collection<UInt8>) throws(Malformed) {
        guard !bytes.isEmpty else { return }
        for pair in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            guard fields.count < Self.maximumFields else { throw .tooManyFields }
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.decode(parts[0])
            let value = parts.count > 1 ? try Self.decode(parts[1]) : ""
            fields.append((name, value))
        }
    }

    /// The first value given for `name`.
    subscript(name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    /// Every value given for `name`, in order (a group of checkboxes).
    func values(_ name: String) -> [String] {
        fields.filter { $0.name == name }.map(\.value)
    }

    /// `+` is a space; `%XX` is a byte; the bytes must be UTF-8.
    static func decode(_ encoded: some Collection<UInt8>) throws(Malformed) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(encoded.count)
        var index = encoded.startIndex
        while index != encoded.endIndex {
            let byte = encoded[index]
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%") {
                let first = encoded.index(after: index)
                guard first != encoded.endIndex else { throw .badEncoding }
                let second = encoded.index(after: first)
                guard second != encoded.endIndex, let high = hexValue(encoded[first]),
                    let low = hexValue(encoded[second])
                else {
                    throw .badEncoding
                }
                bytes.append(high << 4 | low)
                index = second
            } else {
                bytes.append(byte)
            }
            index = encoded.index(after: index)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .badEncoding }
        return text
    }

    /// The value of one hexadecimal digit.
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
