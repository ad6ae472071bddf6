import CReadline
import Foundation

/// The words Tab completes to. Readline's callbacks are C functions that cannot capture Swift context,
/// so they read this one store; only the REPL's thread touches it.
enum CompletionCandidates {
    nonisolated(unsafe) static var current: [String] = []
    nonisolated(unsafe) static var matches: [String] = []
}
