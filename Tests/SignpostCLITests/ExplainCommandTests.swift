import TestSupport
import Testing

/// `signpost explain`: a code's explanation, the list of codes, and a mistyped code named with the nearest.
@Suite struct ExplainCommandTests {
    @Test func aCodeIsExplainedWithAWrongAndARightExample() throws {
        let result = try SignpostProcess.run(["explain", "sp224"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("SP224: No node with that name\n\n"))
        #expect(result.standardOutput.contains("Wrong (a dialogue file, example.yaml):\n"))
        #expect(result.standardOutput.contains("\nRight:\n"))
    }

    @Test func withNoCodeEveryCodeIsListed() throws {
        let result = try SignpostProcess.run(["explain"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("SP101  "))
        #expect(result.standardOutput.contains("\nSP224  No node with that name\n"))
    }

    @Test func anUnknownCodeIsRefusedWithTheNearest() throws {
        let result = try SignpostProcess.run(["explain", "SP24"])
        #expect(result.status == 64)
        #expect(
            result.standardError.hasPrefix(
                "Error: there is no code 'SP24'; did you mean 'SP124'? Run 'signpost explain' for the list.\n"))
        #expect(result.standardOutput.isEmpty)
    }
}
