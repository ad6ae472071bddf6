/// The bytes the parser looks for, and the classes of byte YAML's grammar is written in.
extension UInt8 {
    static let lf = UInt8(ascii: "\n")
    static let cr = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let hash = UInt8(ascii: "#")
    static let colon = UInt8(ascii: ":")
    static let dash = UInt8(ascii: "-")
    static let dot = UInt8(ascii: ".")
    static let comma = UInt8(ascii: ",")
    package static let question = UInt8(ascii: "?")
    static let singleQuote = UInt8(ascii: "'")
    static let doubleQuote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")

    /// A line break, or 0 for the end of input.
    var isBreakOrEnd: Bool { self == .lf || self == .cr || self == 0 }
    var isBlank: Bool { self == .space || self == .tab }
    /// Whitespace, a line break or the end of input: what must follow `-`, `?`, `:` as indicators.
    var isWhiteOrEnd: Bool { isBlank || isBreakOrEnd }
    var isFlowIndicator: Bool {
        self == .comma || self == .openBracket || self == .closeBracket || self == .openBrace || self == .closeBrace
    }
    var isUTF8Continuation: Bool { self & 0xC0 == 0x80 }
}
