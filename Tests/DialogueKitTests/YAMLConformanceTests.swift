import Foundation
import Testing

@testable import DialogueKit

/// Runs every case copied from the public YAML test suite (`Fixtures/yaml-test-suite`, MIT licence).
///
/// The rule: an accepted input means what its `in.json` says, with scalars compared as text; an `error`
/// case is rejected; every rejection has a position; nothing crashes.
@Suite struct YAMLConformanceTests {
    struct Outcome {
        var acceptedCorrectly: [String] = []
        var rejected: [String] = []
        var errorsRejected: [String] = []
        var misread: [String] = []
        var invalidAccepted: [String] = []
        var rejectedWithoutPosition: [String] = []
        var acceptedWithoutJSON: [String] = []
    }

    static let casesFolder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        .appendingPathComponent("yaml-test-suite/cases")

    @Test func everyCaseIsReadExactlyOrRejectedWithAPosition() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.casesFolder.path).sorted()
        #expect(names.count == 201)
        var outcome = Outcome()
        for name in names {
            let folder = Self.casesFolder.appendingPathComponent(name)
            let input = try Data(contentsOf: folder.appendingPathComponent("in.yaml"))
            let isError = FileManager.default.fileExists(atPath: folder.appendingPathComponent("error").path)
            let jsonURL = folder.appendingPathComponent("in.json")
            let expected =
                FileManager.default.fileExists(atPath: jsonURL.path)
                ? try TestJSON.parseAll(String(decoding: Data(contentsOf: jsonURL), as: UTF8.self)) : nil

            switch YAMLParser().parse(SourceFile(name: "in.yaml", bytes: Array(input))) {
            case .failure(let error):
                if error.range.start.line < 1 || error.range.start.column < 1 || error.message.isEmpty {
                    outcome.rejectedWithoutPosition.append(name)
                }
                if isError { outcome.errorsRejected.append(name) } else { outcome.rejected.append(name) }
            case .success(let document):
                if isError {
                    outcome.invalidAccepted.append(name)
                } else if let expected {
                    if expected.count == 1, Self.matches(document.root, expected[0]) {
                        outcome.acceptedCorrectly.append(name)
                    } else {
                        outcome.misread.append(name)
                    }
                } else {
                    outcome.acceptedWithoutJSON.append(name)
                }
            }
        }
        print(
            """
            YAML conformance: \(names.count) cases; \(outcome.acceptedCorrectly.count) read exactly, \
            \(outcome.acceptedWithoutJSON.count) accepted without a JSON form to compare, \
            \(outcome.rejected.count) valid cases rejected as outside the subset, \
            \(outcome.errorsRejected.count) invalid cases rejected; \
            \(outcome.misread.count) misread, \(outcome.invalidAccepted.count) invalid accepted, \
            \(outcome.rejectedWithoutPosition.count) rejected without a position
            """)
        #expect(outcome.misread.isEmpty, "misread: \(outcome.misread)")
        #expect(outcome.invalidAccepted.isEmpty, "invalid but accepted: \(outcome.invalidAccepted)")
        #expect(
            outcome.rejectedWithoutPosition.isEmpty, "rejected without a position: \(outcome.rejectedWithoutPosition)")
        #expect(outcome.acceptedCorrectly.count >= 81, "fewer cases read than before: a regression")
    }

    /// Compares a parsed node with the suite's JSON, reading every scalar as text.
    static func matches(_ node: YAMLNode?, _ json: TestJSON) -> Bool {
        guard let node else { return json == .null }
        switch (node.content, json) {
        case (.scalar(let scalar), .null):
            return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.text)
        case (.scalar(let scalar), .bool(let value)):
            return scalar.style == .plain && scalar.text.lowercased() == String(value)
        case (.scalar(let scalar), .number(let text)):
            if scalar.text == text { return true }
            if let a = Double(scalar.text), let b = Double(text) { return a == b }
            if scalar.text.hasPrefix("0o"), let a = Int(scalar.text.dropFirst(2), radix: 8) {
                return Double(a) == Double(text)
            }
            if scalar.text.hasPrefix("0x"), let a = Int(scalar.text.dropFirst(2), radix: 16) {
                return Double(a) == Double(text)
            }
            return false
        case (.scalar(let scalar), .string(let text)):
            return scalar.text == text
        case (.sequence(let items), .array(let values)):
            return items.count == values.count && zip(items, values).allSatisfy { matches($0, $1) }
        case (.mapping(let entries), .object(let values)):
            guard entries.count == values.count else { return false }
            let byKey = Dictionary(values, uniquingKeysWith: { first, _ in first })
            return entries.allSatisfy { entry in byKey[entry.key].map { matches(entry.value, $0) } ?? false }
        default:
            return false
        }
    }
}
