/// A small JSON reader for the conformance cases' `in.json`. It keeps each number's text as written,
/// so `0.278` can be compared with the scalar `0.278` without a round trip through `Double`.
enum TestJSON: Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([TestJSON])
    case object([(String, TestJSON)])

    static func == (lhs: TestJSON, rhs: TestJSON) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a.map(\.0) == b.map(\.0) && a.map(\.1) == b.map(\.1)
        default: false
        }
    }

    struct Malformed: Error {}

    /// Every JSON value in the text, one after another (a multi-document case has several).
    static func parseAll(_ text: String) throws -> [TestJSON] {
        var reader = Reader(scalars: Array(text.unicodeScalars))
        var values: [TestJSON] = []
        reader.skipWhitespace()
        while !reader.atEnd {
            values.append(try reader.value())
            reader.skipWhitespace()
        }
        return values
    }

    private struct Reader {
        let scalars: [Unicode.Scalar]
        var index = 0
        var atEnd: Bool { index >= scalars.count }

        mutating func skipWhitespace() {
            while !atEnd, [" ", "\n", "\t", "\r"].contains(scalars[index]) { index += 1 }
        }

        mutating func value() throws -> TestJSON {
            skipWhitespace()
            guard !atEnd else { throw Malformed() }
            switch scalars[index] {
            case "n": return try word("null", .null)
            case "t": return try word("true", .bool(true))
            case "f": return try word("false", .bool(false))
            case "\"": return .string(try string())
            case "[":
                index += 1
                var items: [TestJSON] = []
                skipWhitespace()
                if scalars[index] == "]" {
                    index += 1
                    return .array(items)
                }
                while true {
                    items.append(try value())
                    skipWhitespace()
                    let separator = scalars[index]
                    index += 1
                    if separator == "]" { return .array(items) }
                    guard separator == "," else { throw Malformed() }
                }
            case "{":
                index += 1
                var entries: [(String, TestJSON)] = []
                skipWhitespace()
                if scalars[index] == "}" {
                    index += 1
                    return .object(entries)
                }
                while true {
                    skipWhitespace()
                    let key = try string()
                    skipWhitespace()
                    guard scalars[index] == ":" else { throw Malformed() }
                    index += 1
                    entries.append((key, try value()))
                    skipWhitespace()
                    let separator = scalars[index]
                    index += 1
                    if separator == "}" { return .object(entries) }
                    guard separator == "," else { throw Malformed() }
                }
            default:
                var text = ""
                while !atEnd, "+-0123456789.eE".unicodeScalars.contains(scalars[index]) {
                    text.unicodeScalars.append(scalars[index])
                    index += 1
                }
                guard !text.isEmpty else { throw Malformed() }
                return .number(text)
            }
        }

        mutating func word(_ word: String, _ value: TestJSON) throws -> TestJSON {
            for scalar in word.unicodeScalars {
                guard !atEnd, scalars[index] == scalar else { throw Malformed() }
                index += 1
            }
            return value
        }

        mutating func string() throws -> String {
            guard scalars[index] == "\"" else { throw Malformed() }
            index += 1
            var out = String.UnicodeScalarView()
            while true {
                guard !atEnd else { throw Malformed() }
                let scalar = scalars[index]
                index += 1
                if scalar == "\"" { return String(out) }
                guard scalar == "\\" else {
                    out.append(scalar)
                    continue
                }
                let escape = scalars[index]
                index += 1
                switch escape {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "r": out.append("\r")
                case "b": out.append("\u{08}")
                case "f": out.append("\u{0C}")
                case "/": out.append("/")
                case "\\": out.append("\\")
                case "\"": out.append("\"")
                case "u":
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code), scalars[index] == "\\", scalars[index + 1] == "u" {
                        index += 2
                        let low = try hex4()
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let decoded = Unicode.Scalar(code) else { throw Malformed() }
                    out.append(decoded)
                default: throw Malformed()
                }
            }
        }

        mutating func hex4() throws -> UInt32 {
            guard index + 4 <= scalars.count,
                let value = UInt32(String(String.UnicodeScalarView(scalars[index..<index + 4])), radix: 16)
            else { throw Malformed() }
            index += 4
            return value
        }
    }
}
