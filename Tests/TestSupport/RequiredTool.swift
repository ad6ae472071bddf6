import Foundation

/// A program a test needs (strace, Graphviz). Where it is missing, the test is reported skipped on a
/// developer's machine; under CI (`CI` set), where `.ci/run` installs it, the test runs and fails, so a
/// missing tool can never let a test pass quietly.
package enum RequiredTool {
    /// Whether `name` is an executable on the `PATH` (or in /usr/bin).
    package static func isInstalled(_ name: String) -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return (path.split(separator: ":").map(String.init) + ["/usr/bin"]).contains {
            FileManager.default.isExecutableFile(atPath: $0 + "/" + name)
        }
    }

    /// Whether this run is CI's, where every tool a test needs must be there.
    package static var isCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }

    /// Whether a test that needs `name` runs: it is installed, or this is CI (where its absence fails).
    package static func shouldRun(_ name: String) -> Bool { isInstalled(name) || isCI }
}
