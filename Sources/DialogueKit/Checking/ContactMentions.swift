/// Finds phone numbers, web addresses and email addresses in a piece of text, so each can be checked
/// against the dialogue's declared contacts.
enum ContactMentions {
    enum Kind: Hashable, Sendable {
        case phoneNumber, address
    }

    struct Mention: Hashable, Sendable {
        var kind: Kind
        var text: String
    }

    private static let punctuation: Set<Character> = ["(", ")", ",", ".", ":", ";", "\"", "'", "!", "?", "[", "]"]

    /// Phone numbers are runs of digit groups starting with 0 and seven digits or more (`0808 800 5000`),
    /// or three-digit numbers on their own (`999`, `101`). Addresses are anything `WebAddress` accepts,
    /// and `name@domain` email addresses.
    static func find(in text: String) -> [Mention] {
        var mentions: [Mention] = []
        var run: [Substring] = []
        func endRun() {
            let digits = run.reduce(0) { $0 + $1.count }
            if (run.first?.first == "0" && digits >= 7) || (run.count == 1 && digits == 3) {
                mentions.append(Mention(kind: .phoneNumber, text: run.joined(separator: " ")))
            }
            run = []
        }
        for token in text.split(whereSeparator: { $0.isWhitespace }) {
            let leadingTrimmed = token.drop(while: { punctuation.contains($0) })
            var core = leadingTrimmed
            while let last = core.last, punctuation.contains(last) { core.removeLast() }
            if !core.isEmpty, core.allSatisfy(\.isNumber) {
                if leadingTrimmed.count != token.count { endRun() }
                run.append(core)
                if core.count != leadingTrimmed.count { endRun() }
                continue
            }
            endRun()
            if core.contains("@") {
                let parts = core.split(separator: "@")
                if parts.count == 2, WebAddress.isValid(String(parts[1])) {
                    mentions.append(Mention(kind: .address, text: String(core)))
                }
            } else if core.contains("."), WebAddress.isValid(String(core)) {
                mentions.append(Mention(kind: .address, text: String(core)))
            }
        }
        endRun()
        return mentions
    }
}
