// swift-tools-version: 6.1
// Benchmarks for Signpost, in a package of their own so that the product never depends on a YAML library:
// Yams is here only to be measured against. See docs/performance.md for how to run them.
import PackageDescription

let package = Package(
    name: "SignpostBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        // Signpost's core, compiled from the same sources (Sources/DialogueKit is a link to ../Sources/DialogueKit),
        // so this package does not depend on the name of the folder the repository is cloned into.
        .target(name: "DialogueKit"),
        // Deterministic, valid dialogues of any size, and a path of answers through them.
        .target(name: "DialogueGenerator"),
        // The operations measured, shared by the package-benchmark suite and bench-runner.
        .target(
            name: "BenchmarkSupport",
            dependencies: [
                "DialogueGenerator",
                "DialogueKit",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // One measurement per process, for compare.sh's interleaved runs.
        .executableTarget(name: "bench-runner", dependencies: ["BenchmarkSupport", "DialogueGenerator"]),
        // The start-up baseline: a Foundation hello-world, built the same way as signpost.
        .executableTarget(name: "hello-foundation"),
        .executableTarget(
            name: "SignpostBenchmarks",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/SignpostBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
