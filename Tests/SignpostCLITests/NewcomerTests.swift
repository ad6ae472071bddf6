import Foundation
import TestSupport
import Testing

/// What a newcomer meets first: pinned dependencies, the README's set-up, a mistyped command, Tab.
@Suite struct NewcomerTests {
    @Test func aMistypedCommandIsNamed() throws {
        let result = try SignpostProcess.run(["chek"])
        #expect(result.status == 64)
        #expect(result.standardError.hasPrefix("Error: there is no command 'chek'; did you mean 'check'?\n"))
        #expect(result.standardError.contains("The commands are: run, check, record, test, graph, outline, dump, situations, diff."))
        #expect(result.standardOutput.isEmpty, "no conversation starts")
    }

    @Test func anUnknownWordWithNoCloseCommandIsStillRefused() throws {
        let result = try SignpostProcess.run(["banana"])
        #expect(result.status == 64)
        #expect(result.standardError.hasPrefix("Error: there is no command 'banana'.\n"))
    }

    @Test func realCommandsAndOptionsAreLeftToTheParser() throws {
        let version = try SignpostProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.standardOutput == "0.1.0\n")
        let help = try SignpostProcess.run(["help", "check"])
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("USAGE: signpost check"))
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func fileArgumentsCompleteInEveryShell(shell: String) throws {
        let result = try SignpostProcess.run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        let script = result.standardOutput
        switch shell {
        case "bash":
            #expect(script.contains("-o plusdirs -fX '!*.@(yaml|yml)'"))
            #expect(script.contains("-o plusdirs -fX '!*.@(transcript)'"))
        case "zsh":
            #expect(script.contains("'*:path:_files -g '\\''*.yaml *.yml'\\'''"))
            #expect(script.contains("':file:_files -g '\\''*.transcript'\\'''"))
        default:
            #expect(script.contains("__fish_complete_directories"))
            #expect(script.contains("\\'yaml\\' \\'yml\\'"))
            #expect(script.contains("*.\\'transcript\\'"))
        }
    }

    @Test func dependenciesArePinnedAndTheREADMENamesThePrerequisite() throws {
        let resolved = try String(contentsOf: packageRoot.appendingPathComponent("Package.resolved"), encoding: .utf8)
        #expect(resolved.contains("\"location\" : \"https://github.com/apple/swift-argument-parser\""))
        let ignored = (try? String(contentsOf: packageRoot.appendingPathComponent(".gitignore"), encoding: .utf8)) ?? ""
        #expect(!ignored.contains("Package.resolved"))
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("sudo apt-get install libreadline-dev"))
    }
}
