// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Signpost",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "signpost", targets: ["signpost"]),
        .executable(name: "signpost-web", targets: ["signpost-web"]),
    ],
    // Exact versions, so that every machine builds the same ones; Package.resolved is not committed (it
    // would pin this machine's local copies of the packages, whose commit ids are not upstream's). The
    // packages below Hummingbird that SignpostWeb imports itself are named and pinned too.
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        // Only the web server and its tests use Hummingbird; `swift run signpost` never builds it.
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio.git", exact: "2.101.3"),
        .package(url: "https://github.com/apple/swift-http-types.git", exact: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log.git", exact: "1.16.2"),
        // The web server's sealed page state (authenticated encryption) and its usage counts. Pinned:
        // both are already in the resolved graph through Hummingbird and its test client.
        .package(url: "https://github.com/apple/swift-crypto", exact: "4.5.2"),
        .package(url: "https://github.com/apple/swift-metrics", exact: "2.13.0"),
        // The HTTP part types Hummingbird's channel carries, for the handler that answers malformed requests.
        .package(url: "https://github.com/apple/swift-nio-extras", exact: "1.35.2"),
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

        // The same conversation on a web page: routes, pages, the form's state and the security headers.
        // It carries the default dialogue the same way the command line does.
        .target(
            name: "SignpostWeb",
            dependencies: [
                "DialogueKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            ],
            plugins: ["EmbedDialoguesPlugin"]
        ),
        .executableTarget(
            name: "signpost-web",
            dependencies: [
                "SignpostWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),

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
        .testTarget(
            name: "SignpostWebTests",
            dependencies: [
                "SignpostWeb", "DialogueKit", "TestSupport", "signpost-web",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
