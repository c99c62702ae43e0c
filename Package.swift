// swift-tools-version: 6.1
import PackageDescription

// The bridge and the library are compiled optimised in debug builds too: `swift test` reads tens of
// thousands of labelled answers through them and fits the shipped weights again (docs/architecture.md),
// which unoptimised Swift makes several times slower. The command line and the tests stay unoptimised.
let optimisedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "simulate",
    platforms: [.macOS(.v15)],  // Synchronization's Mutex
    products: [
        .executable(name: "simulate", targets: ["simulate"]),
        .library(name: "Simulator", targets: ["Simulator"]),
        .library(name: "LuaBridge", targets: ["LuaBridge"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/onevcat/Rainbow", from: "4.2.0"),
    ],
    targets: [
        // Lua 5.4 from the system (Debian: liblua5.4-dev).
        .systemLibrary(
            name: "CLua",
            pkgConfig: "lua5.4",
            providers: [.apt(["liblua5.4-dev"]), .brew(["lua"])]
        ),
        // C side of the bridge: macro shims, the error trampoline, the sandbox's hooks and allocator.
        .target(name: "CLuaShim", dependencies: ["CLua"]),
        // The Lua bridge: one state, values both ways, protected calls, the sandbox.
        .target(name: "LuaBridge", dependencies: ["CLua", "CLuaShim"], swiftSettings: optimisedInDebug),
        // Scenarios, sessions, transcripts and feedback.
        .target(
            name: "Simulator",
            dependencies: [
                "LuaBridge",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Rainbow", package: "Rainbow"),
            ],
            swiftSettings: optimisedInDebug
        ),
        // The command line: parses arguments, calls the library, maps results to exit codes.
        .executableTarget(
            name: "simulate",
            dependencies: [
                "Simulator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", dependencies: ["Simulator", "LuaBridge"], path: "Tests/TestSupport"),
        .testTarget(name: "LuaBridgeTests", dependencies: ["LuaBridge", "TestSupport"]),
        // Fixtures/ are read by path (labelled answers), not bundled.
        .testTarget(name: "SimulatorTests", dependencies: ["Simulator", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "SimulateCLITests", dependencies: ["simulate", "TestSupport"]),
    ]
)

// Benchmarks of start-up, answering and re-scoring, only when asked for
// (`SIMULATE_BENCHMARKS=1 swift package --disable-sandbox benchmark`; unset, empty or 0: off): the
// benchmark package and its allocator hooks are then resolved and built; `swift build` and
// `swift test` leave them out.
if let flag = Context.environment["SIMULATE_BENCHMARKS"], !flag.isEmpty, flag != "0" {
    package.dependencies.append(
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]))
    package.targets.append(
        .executableTarget(
            name: "SimulatorBenchmarks",
            dependencies: ["Simulator", .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/SimulatorBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ))
}
