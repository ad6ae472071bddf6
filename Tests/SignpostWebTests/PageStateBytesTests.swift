import Testing

@testable import DialogueKit
@testable import SignpostWeb

@Suite("A page's state as the bytes the seal carries")
struct PageStateBytesTests {
    static let states: [PageState] = [
        PageState(trail: ConversationTrail(dialogue: "")),
        PageState(
            trail: ConversationTrail(dialogue: "abc123", batches: [["No"], ["I am their parent or carer"], [""], []])),
        PageState(
            trail: ConversationTrail(
                dialogue: "d", batches: [["https://example.org/é", String(repeating: "x", count: 300)]]),
            problem: .entriesNotAccepted(rejected: ["not an address", ""]), change: PendingChange(answer: 3)),
        PageState(
            trail: ConversationTrail(dialogue: "d", batches: [["change 1"]]), problem: .noAnswerChosen,
            change: PendingChange(answer: 1, confirming: 200)),
        PageState(trail: ConversationTrail(dialogue: "d"), problem: .entriesTooMany(rejected: ["a.b"])),
    ]

    @Test(arguments: states) func everyStateReadsBackAsItWas(state: PageState) {
        #expect(PageStateBytes.decode(PageStateBytes.encode(state)) == state)
    }

    /// Cut short, with a byte too many, or with a count larger than what follows: never a state, never a
    /// crash or a huge allocation.
    @Test(arguments: states) func bytesThatAreNotAStateAreRefused(state: PageState) {
        let bytes = PageStateBytes.encode(state)
        for length in 0..<bytes.count {
            #expect(PageStateBytes.decode(bytes.prefix(length)) == nil, "cut to \(length)")
        }
        #expect(PageStateBytes.decode(bytes + [0]) == nil)
        #expect(PageStateBytes.decode([0xFF, 0xFF, 0xFF, 0xFF, 0x0F] + bytes) == nil)
    }
}
