import Foundation
import Testing

@testable import DialogueKit

/// The JSON `signpost dump` prints for a file that uses every construct, compared with a reviewed golden file.
@Suite struct DumpGoldenTests {
    @Test func sampleMatchesGolden() throws {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
            .appendingPathComponent("golden")
        let input = try Data(contentsOf: folder.appendingPathComponent("dump-sample.yaml"))
        let golden = try String(contentsOf: folder.appendingPathComponent("dump-sample.json"), encoding: .utf8)
        let document = try YAMLParser().parse(SourceFile(name: "dump-sample.yaml", bytes: Array(input))).get()
        #expect(JSONRendering.render(document) == golden)
    }
}
