/// Decides whether a line an adult typed is a web address, without touching the network.
enum WebAddress {
    /// The longest address accepted, in UTF-8 bytes (counted before anything else, so a line of half a
    /// million combining marks is refused at once).
    static let maximumBytes = 2048

    /// True for `https://host.tld/...`, `http://...`, `www.host.tld/...` and `host.tld/...`, made only of
    /// printable URL characters: see `isURLCharacter`.
    static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= maximumBytes, text.unicodeScalars.allSatisfy(isURLCharacter) else {
            return false
        }
        var rest = Substring(text)
        let lowered = text.lowercased()
        if lowered.hasPrefix("https://") {
            rest = rest.dropFirst(8)
        } else if lowered.hasPrefix("http://") {
            rest = rest.dropFirst(7)
        } else if lowered.contains("://") {
            return false
        }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostWithoutPort = host.split(separator: ":", maxSplits: 1).first ?? host
        let labels = hostWithoutPort.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }) else { return false }
        guard hostWithoutPort.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }) else { return false }
        return labels.last.map { $0.count >= 2 && $0.allSatisfy(\.isLetter) } ?? false
    }

    /// The characters of a URL (RFC 3986: letters, digits, `-._~`, the reserved `:/?#[]@!$&'()*+,;=`
    /// and `%`), and letters and digits of other scripts, as in `bücher.de/straße`. Never a control
    /// character, a space, a combining mark, a format character (bidi overrides) or a symbol.
    static func isURLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9": return true
            default: return "-._~:/?#[]@!$&'()*+,;=%".unicodeScalars.contains(scalar)
            }
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
            return true
        default:
            return false
        }
    }
}
