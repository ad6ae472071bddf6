/// What a collection node accepts as an entry. The author declares it with `accepts:`; the engine asks
/// the kind whether a line fits, instead of knowing about web addresses itself.
package enum EntryKind: String, Hashable, Sendable, CaseIterable {
    /// A web address such as `https://example.org/page` or `example.org/page`.
    case webAddress = "web-address"

    /// Whether `text` (already trimmed) is an acceptable entry.
    func accepts(_ text: String) -> Bool {
        switch self {
        case .webAddress: WebAddress.isValid(text)
        }
    }

    /// A harmless stand-in for the `number`th entry, so a recorded transcript keeps no private text
    /// yet replays the same way.
    func standIn(number: Int) -> String {
        switch self {
        case .webAddress: "https://example.org/\(number)"
        }
    }
}
