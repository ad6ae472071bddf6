/// Decides whether a line an adult typed is a web address, without touching the network.
enum WebAddress {
    /// True for `https://host.tld/...`, `http://...`, `www.host.tld/...` and `host.tld/...`.
    static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 2048, !text.contains(where: { $0.isWhitespace }) else { return false }
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
}
