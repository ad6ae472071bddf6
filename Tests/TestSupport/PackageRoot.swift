import Foundation

/// The package's own folder, for reading `Dialogues/`, `docs/` and the test fixtures.
package let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
