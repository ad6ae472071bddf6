/// Something a workspace finds about its files as a whole, rather than inside one dialogue.
package enum WorkspaceFinding: Hashable, Sendable {
    /// A part with no `start` of its own that no dialogue includes.
    case unusedPart(String)

    package var diagnostic: Diagnostic {
        switch self {
        case .unusedPart(let path): Diagnostic(self, file: path, range: nil)
        }
    }
}

extension WorkspaceFinding: DiagnosticMessage {
    package var code: DiagnosticCode {
        switch self {
        case .unusedPart: .unusedPart
        }
    }

    package var severity: Diagnostic.Severity {
        switch self {
        case .unusedPart: .warning
        }
    }

    package var message: String {
        switch self {
        case .unusedPart: "no dialogue includes this file, and it has no 'start' of its own, so it is never used"
        }
    }
}
