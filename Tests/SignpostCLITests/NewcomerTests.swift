import Foundation
import TestSupport
import Testing

/// What a newcomer meets first: pinned dependencies, the README's set-up, a mistyped command, Tab.
@Suite struct NewcomerTests {
    @Test func aMistypedCommandIsNamed() throws {
        let result = try SignpostProcess.run(["chek"])
        #expect(result.status == 64)
        #expect(result.standardError.hasPrefix("Error: there is no command 'chek'; did you mean 'check'?\n"))
        #expect(
            result.standardError.contains(
                "The commands are: run, check, record, test, graph, outline, dump, situations, diff, explain."))
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

    /// Package.resolved would pin this machine's local package copies, whose commit ids are not upstream's, so
    /// it is ignored; every package is pinned in Package.swift with `exact:` instead, so every machine builds
    /// the same versions.
    @Test(arguments: ["", "Benchmarks/"])
    func dependenciesArePinnedExactlyAndResolvedFilesAreIgnored(folder: String) throws {
        let manifest = try String(
            contentsOf: packageRoot.appendingPathComponent(folder + "Package.swift"), encoding: .utf8)
        let packageLines = manifest.split(separator: "\n").filter { $0.contains(".package(url:") }
        #expect(!packageLines.isEmpty)
        for line in packageLines {
            #expect(line.contains("exact: \""), "not pinned exactly: \(line)")
        }
        let ignored = try String(contentsOf: packageRoot.appendingPathComponent(folder + ".gitignore"), encoding: .utf8)
        #expect(ignored.split(separator: "\n").contains("Package.resolved"))
    }

    @Test func theREADMENamesThePrerequisiteWithAndWithoutSudo() throws {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("sudo apt-get update && sudo apt-get install -y libreadline-dev"))
        #expect(readme.contains("\napt-get update && apt-get install -y libreadline-dev\n"))
    }
}
