import Foundation
import TestSupport
import Testing

@testable import DialogueKit

/// Issue 12's hostile lines typed into a whole conversation: nothing that can steer a terminal comes
/// back out, and nothing huge does.
struct HostileInputTests {
    static let hostileLines = [
        "\u{1B}[2J\u{1B}]0;PWNED\u{07}", "hel\u{1B}[31mlo", "a\u{0}b", "\u{7F}\u{7F}", "\u{9B}31m", "\u{85}x",
        "\u{202E}sey", "\u{2066}yes\u{2069}", "\u{200F}no", "Not sur\u{1B}[1A", "\u{1B}P1;2|xx\u{1B}\\",
    ]

    /// Every scalar in `text` that must not reach a terminal as itself (line breaks aside).
    static func rawControls(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { $0 != "\n" && VisibleText.mustEscape($0) }
    }

    @Test func hostileLinesAreEchoedVisibly() throws {
        let input =
            Self.hostileLines.joined(separator: "\n") + "\nno\nparent\ntold\n2\nno\n1\n"
            + "https://example.org/\u{1B}[2J\u{1B}]0;PWNED\u{07}\nexample.org/\u{202E}gpj.exe\n\nplan\nquit\n"
        let output = try SignpostProcess.run([], input: input)
        #expect(output.status == 0)
        #expect(Self.rawControls(output.standardOutput).isEmpty, "\(Self.rawControls(output.standardOutput))")
        #expect(Self.rawControls(output.standardError).isEmpty)
        #expect(!output.standardOutput.contains("PWNED\u{07}"))
    }

    @Test func oneCharacterOfHalfAMillionCombiningMarksIsNotEchoedWhole() throws {
        // Before: echoed whole, a megabyte of output for one line.
        let zalgo = "a" + String(repeating: "\u{301}", count: 500_000)
        let output = try SignpostProcess.run([], input: zalgo + "\nexample.org/" + zalgo + "\nquit\n")
        #expect(output.status == 0)
        #expect(output.standardOutput.utf8.count < 64_000)
    }
}
