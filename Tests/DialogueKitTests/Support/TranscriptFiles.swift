import Foundation
import TestSupport

@testable import DialogueKit

/// The transcripts kept in `Dialogues/`, found when the tests start.
enum TranscriptFiles {
    /// Paths relative to the package root, such as `Dialogues/transcripts/sextortion.transcript`.
    static let all: [String] = {
        let folder = packageRoot.appendingPathComponent("Dialogues")
        let found = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        return found.filter { $0.hasSuffix(".transcript") }.sorted().map { "Dialogues/" + $0 }
    }()

    static func read(_ path: String) throws -> Transcript {
        Transcript.parse(try String(contentsOf: packageRoot.appendingPathComponent(path), encoding: .utf8))
    }

    /// The dialogue a transcript names, loaded from disk.
    static func dialogue(for path: String, transcript: Transcript) -> LoadOutcome {
        let dialoguePath = Path.join(Path.directory(of: path), transcript.dialogue ?? "")
        return DialogueLoader(files: PackageFiles()).load(dialoguePath)
    }
}
