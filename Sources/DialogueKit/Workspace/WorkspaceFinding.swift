/// Something a workspace finds about its files as a whole, rather than inside one dialogue.
public enum WorkspaceFinding: Hashable, Sendable {
    /// A part with no `start` of its own that no dialogue includes.
    case unusedPart(String)

    public var diagnostic: Diagnostic {
        switch self {
        case .unusedPart(let path):
            Diagnostic(.warning, "no dialogue includes this file, and it has no 'start' of its own, so it is never used", file: path, range: nil)
        }
    }
}
