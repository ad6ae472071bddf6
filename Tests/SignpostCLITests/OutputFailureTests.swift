import Foundation
import TestSupport
import Testing

/// Output that cannot crash: every reproducer from issue 12 where a failed write trapped in Foundation's
/// `FileHandle` (exit 132, "'try!' expression unexpectedly raised an error").
struct OutputFailureTests {
    /// What a trap or a crash report would leave on standard error.
    static func expectNoCrash(_ output: ShellRun.Output, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(output.status != 132 && output.status != 134 && output.status != 139, sourceLocation: sourceLocation)
        #expect(!output.standardError.contains("Fatal error"), sourceLocation: sourceLocation)
        #expect(!output.standardError.contains("try!"), sourceLocation: sourceLocation)
        #expect(!output.standardError.contains("Crash"), sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        #""$SIGNPOST" </dev/null >/dev/full"#,
        #""$SIGNPOST" check >/dev/full"#,
        #""$SIGNPOST" check --format json >/dev/full"#,
        #""$SIGNPOST" dump Dialogues/signpost.yaml >/dev/full"#,
        #""$SIGNPOST" graph >/dev/full"#,
        #""$SIGNPOST" --help >/dev/full"#,
        #""$SIGNPOST" --version >/dev/full"#,
        #""$SIGNPOST" help check >/dev/full"#,
    ])
    func fullDiskGivesOneClearMessage(script: String) throws {
        let output = try ShellRun.run(script)
        Self.expectNoCrash(output)
        #expect(output.status == 1)
        #expect(
            output.standardError == "signpost: cannot write to standard output: there is no space left on the disk.\n")
    }

    @Test func closedStandardOutputIsReportedNotCrashed() throws {
        let output = try ShellRun.run(#""$SIGNPOST" </dev/null >&-"#)
        Self.expectNoCrash(output)
        #expect(output.status == 1)
        #expect(output.standardError == "signpost: cannot write to standard output: it is closed.\n")
    }

    @Test func closedPipeStopsQuietlyWithANonZeroStatus() throws {
        // SIGPIPE ignored by the parent, as the issue's reproducer does, so only EPIPE can tell.
        let output = try ShellRun.run(
            #"err=$(mktemp); trap '' PIPE; yes help | head -20000 | "$SIGNPOST" 2>"$err" | head -1; cat "$err"; rm -f "$err"; exit 0"#
        )
        Self.expectNoCrash(output)
        #expect(output.standardOutput.hasPrefix("Is the child in immediate danger right now?\n"))
        #expect(!output.standardOutput.contains("signpost"), "a closed pipe is not worth a message")
    }

    @Test func closedPipeStatusIsTheOneAShellReportsForSIGPIPE() throws {
        let output = try ShellRun.run(
            #"trap '' PIPE; { yes help | head -5000 | "$SIGNPOST"; echo "status $?" >&2; } | head -1"#)
        Self.expectNoCrash(output)
        #expect(output.standardError.contains("status 141"))
    }
}
