import DialogueKit
import Foundation

/// The English lexicon that ships in `Dialogues/`, loaded the way a dialogue loads it, for tests of
/// answer matching that need its words.
package enum ShippedLexicon {
    package static func load() -> Lexicon {
        let lexicon =
            FileManager.default.contents(atPath: packageRoot.appendingPathComponent("Dialogues/lexicon.en.yaml").path)
            .map { String(decoding: $0, as: UTF8.self) } ?? ""
        let files = InMemoryFiles([
            "main.yaml": "title: T\nstart: a\nlexicon: lexicon.en.yaml\nnodes:\n  a:\n    end: Done.\n",
            "lexicon.en.yaml": lexicon,
        ])
        return DialogueLoader(files: files).load("main.yaml").dialogue?.lexicon ?? .empty
    }
}
