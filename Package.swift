// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Signpost",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "signpost", targets: ["signpost"]),
        .library(name: "DialogueKit", targets: ["DialogueKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The pure core: parsing, diagnostics, the dialogue model, the engine. No I/O, no globals.
        .target(name: "DialogueKit"),

        // GNU readline, linked from the system (Debian: libreadline-dev, see README), behind a small C
        // shim that holds the one copy of its state and the Ctrl-C handler.
        .target(
            name: "CReadline",
            linkerSettings: [.linkedLibrary("readline")]
        ),

        // Turns the files in Dialogues/ into Swift source, so the binary carries the default dialogue
        // and works from any folder.
        .executableTarget(name: "EmbedDialogues", path: "Plugins/EmbedDialogues/Tool"),
        .plugin(
            name: "EmbedDialoguesPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedDialogues"],
            path: "Plugins/EmbedDialogues/Plugin"
        ),

        // The thin shell: command line, terminal, files and readline. A library, so tests can drive it.
        .target(
            name: "SignpostCLI",
            dependencies: [
                "DialogueKit",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            plugins: ["EmbedDialoguesPlugin"]
        ),
        .executableTarget(name: "signpost", dependencies: ["SignpostCLI"]),

        // What the test targets share: the package root, scratch folders, the process runner.
        .target(name: "TestSupport", dependencies: ["DialogueKit"], path: "Tests/TestSupport"),
        .testTarget(
            name: "DialogueKitTests",
            dependencies: ["DialogueKit", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SignpostCLITests",
            dependencies: ["SignpostCLI", "DialogueKit", "TestSupport", "signpost"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
