/// Something a workspace finds about its files as a whole, rather than inside one dialogue.
public enum WorkspaceFinding: Hashable, Sendable {
    /// A part with no `start` of its own that no dialogue includes.
    case unusedPart(String)

    public var diagnostic: Diagnostic {
        switch self {
        case .unusedPart(let path): Diagnostic(self, file: path, range: nil)
        }
    }
}

extension WorkspaceFinding: DiagnosticMessage {
    public var code: DiagnosticCode {
        switch self {
        case .unusedPart: .unusedPart
        }
    }

    public var severity: Diagnostic.Severity {
        switch self {
        case .unusedPart: .warning
        }
    }

    public var message: String {
        switch self {
        case .unusedPart: "no dialogue includes this file, and it has no 'start' of its own, so it is never used"
        }
    }
}
