import Testing

@testable import DialogueKit

/// Mappings, sequences, flow collections, comments and the positions every node carries.
@Suite struct YAMLStructureTests {
    @Test func nestedBlockCollections() {
        let source = """
            # a comment line
            start: danger   # trailing comment
            nodes:
              danger:
                choices:
                  - Yes: emergency
                  - No: next
                also: [y, "yes", 'yeah']
              empty:
            list:
            - a
            - - b
              - c
            - key: value
              other: value
            """
        #expect(
            json(source) == """
                {
                  "start": "danger",
                  "nodes": {
                    "danger": {
                      "choices": [
                        {
                          "Yes": "emergency"
                        },
                        {
                          "No": "next"
                        }
                      ],
                      "also": [
                        "y",
                        "yes",
                        "yeah"
                      ]
                    },
                    "empty": null
                  },
                  "list": [
                    "a",
                    [
                      "b",
                      "c"
                    ],
                    {
                      "key": "value",
                      "other": "value"
                    }
                  ]
                }

                """)
    }

    @Test func flowCollections() {
        #expect(
            json("a: {x: 1, y, 'z': [1, [2]], }\nb: [k: v, ]\nc: []\nd: {}") == """
                {
                  "a": {
                    "x": "1",
                    "y": null,
                    "z": [
                      "1",
                      [
                        "2"
                      ]
                    ]
                  },
                  "b": [
                    {
                      "k": "v"
                    }
                  ],
                  "c": [],
                  "d": {}
                }

                """)
    }

    @Test func flowCollectionsSpanLines() {
        #expect(
            json("a: [one,\n  two, # note\n  three]\n")
                == "{\n  \"a\": [\n    \"one\",\n    \"two\",\n    \"three\"\n  ]\n}\n")
    }

    @Test func emptyFileHasNoRoot() throws {
        #expect(try parse("# only a comment\n\n").get().root == nil)
        #expect(try parse("").get().root == nil)
        #expect(json("---\nkey: value\n") == "{\n  \"key\": \"value\"\n}\n")
    }

    @Test func nodesCarryTheirPositions() throws {
        let document = try parse("title: Hé\nnodes:\n  - ask: Is the child safe?\n").get()
        let entries = try #require(document.root?.mapping)
        #expect(entries[0].keyRange.start == SourceLocation(line: 1, column: 1, offset: 0))
        #expect(entries[0].value.range.start == SourceLocation(line: 1, column: 8, offset: 7))
        #expect(entries[0].value.range.end == SourceLocation(line: 1, column: 10, offset: 10))
        let item = try #require(entries[1].value.sequence?.first?.mapping?.first)
        #expect(item.keyRange.start == SourceLocation(line: 3, column: 5, offset: 22))
        #expect(item.value.range.start.column == 10)
    }

    @Test func crlfLineEndingsReadLikeLF() {
        #expect(json("a: one\r\nb: |\r\n  two\r\n") == "{\n  \"a\": \"one\",\n  \"b\": \"two\\n\"\n}\n")
    }

    @Test func byteOrderMarkIsSkipped() {
        #expect(json("\u{FEFF}a: b\n") == "{\n  \"a\": \"b\"\n}\n")
    }

    @Test func largeInputsParse() throws {
        let keys = (0..<50_000).map { "key\($0): value \($0)\n" }.joined()
        let mapping = try parse(keys).get().root?.mapping
        #expect(mapping?.count == 50_000)
        #expect(mapping?.last?.value.scalar?.text == "value 49999")

        let longLine = "line: " + String(repeating: "word ", count: 400_000) + "end\n"
        #expect(try parse(longLine).get().root?.mapping?.first?.value.scalar?.text.count == 2_000_003)
    }
}
