import Foundation
import TestSupport
import Testing

@testable import DialogueKit

/// The JSON Schema for editors (docs/dialogue.schema.json) and the loader agree: the same keys, the same
/// required keys, and every dialogue in Dialogues/ valid under both.
@Suite struct SchemaAgreementTests {
    static let schemaURL = packageRoot.appendingPathComponent("docs/dialogue.schema.json")

    private func schema() throws -> MiniJSONSchema {
        let data = try Data(contentsOf: Self.schemaURL)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return MiniJSONSchema(root: root)
    }

    private func definition(_ name: String, in schema: MiniJSONSchema) throws -> [String: Any] {
        let definitions = try #require(schema.root["definitions"] as? [String: Any])
        return try #require(definitions[name] as? [String: Any])
    }

    private func keys(_ object: [String: Any]) -> Set<String> {
        Set((object["properties"] as? [String: Any] ?? [:]).keys)
    }

    @Test func theValidatorKnowsEveryKeywordTheSchemaUses() throws {
        #expect(try schema().unsupportedKeywords().isEmpty)
    }

    @Test func sameKeysAndRequiredKeys() throws {
        let schema = try schema()
        let dialogue = try definition("dialogue", in: schema)
        #expect(keys(dialogue) == Set(DialogueLoader.topLevelKeys))
        #expect(Set(dialogue["required"] as? [String] ?? []) == ["title", "start", "nodes"])
        #expect(keys(try definition("includedFile", in: schema)) == Set(DialogueLoader.includedFileKeys))
        #expect(keys(try definition("node", in: schema)) == Set(DialogueLoader.nodeKeys))
        #expect(keys(try definition("guarantees", in: schema)) == Set(DialogueLoader.guaranteeKeys))
        let neverReaches = try definition("neverReaches", in: schema)
        #expect(keys(neverReaches) == Set(DialogueLoader.neverReachesKeys))
        // An entry names its nodes, or their tags, or both.
        let neverReachesNeeds = (neverReaches["anyOf"] as? [[String: Any]] ?? []).map {
            Set($0["required"] as? [String] ?? [])
        }
        #expect(neverReachesNeeds == [["nodes"], ["tags"]])
        let anytime = try definition("anytimeCommand", in: schema)
        #expect(keys(anytime) == Set(DialogueLoader.anytimeKeys))
        #expect(Set(anytime["required"] as? [String] ?? []) == ["command", "go"])
        let choiceForms = try #require(try definition("choice", in: schema)["anyOf"] as? [[String: Any]])
        let longForm = try #require(choiceForms.first { $0["properties"] != nil })
        #expect(keys(longForm) == Set(DialogueLoader.choiceKeys))
        #expect(Set(longForm["required"] as? [String] ?? []) == ["label", "go"])
        let shortForm = try #require(choiceForms.first { $0["properties"] == nil })
        let excluded = (shortForm["propertyNames"] as? [String: Any])?["not"] as? [String: Any]
        #expect(Set(excluded?["enum"] as? [String] ?? []) == Set(DialogueLoader.choiceKeys))
    }

    @Test(arguments: ["Dialogues/signpost.yaml", "Dialogues/school.yaml", "Dialogues/removal.yaml"])
    func shippedDialoguesAreValidUnderTheSchema(path: String) throws {
        let data = try Data(contentsOf: packageRoot.appendingPathComponent(path))
        let document = try YAMLParser().parse(SourceFile(name: path, bytes: Array(data))).get()
        #expect(try schema().validate(MiniJSONSchema.instance(document.root)) == [])
        #expect(
            String(decoding: data, as: UTF8.self).hasPrefix(
                "# yaml-language-server: $schema=../docs/dialogue.schema.json\n"))
    }

    @Test func theSchemaRejectsWhatTheLoaderRejects() throws {
        let schema = try schema()
        for broken in [
            "title: T\nstart: a\nnodes:\n  a:\n    end: x\n    colour: red\n",
            "start: a\nnodes:\n  a:\n    end: x\n",
            "title: T\nstart: a\nnodes:\n  a:\n    ask: Q?\n    choices:\n      - label: Yes\n",
            "title: T\nstart: a\nreviewed: last week\nnodes:\n  a:\n    end: x\n",
            "title: T\nstart: a\nnodes:\n  a:\n    say: hello\n",
            "title: T\nstart: a\nguarantees:\n  never-reaches:\n    - when: staff\nnodes:\n  a:\n    end: x\n",
        ] {
            let document = try YAMLParser().parse(SourceFile(name: "x.yaml", text: broken)).get()
            #expect(!schema.validate(MiniJSONSchema.instance(document.root)).isEmpty, "schema accepted:\n\(broken)")
            // A 'reviewed' that is not a date loads, and `signpost check` reports it as an error.
            #expect(loadDialogue(broken).dialogue == nil || broken.contains("reviewed"), "loader accepted:\n\(broken)")
        }
    }
}
