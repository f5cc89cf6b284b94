// swift-tools-version: 6.1
import Foundation
import PackageDescription

let package = Package(
    name: "FiveAim",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "FiveAim", targets: ["FiveAim"]),
        .library(name: "FiveAimCSV", targets: ["FiveAimCSV"]),
        .executable(name: "fiveaim", targets: ["fiveaim"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The C boundary: libcsv from Debian's libcsv-dev, owned by FiveAimCSV alone.
        .systemLibrary(
            name: "CLibCSV",
            path: "Sources/CLibCSV",
            providers: [.apt(["libcsv-dev"])]
        ),
        // Streaming CSV reading: dialect detection, UTF-8 screening, line and column tracking.
        .target(
            name: "FiveAimCSV",
            dependencies: ["CLibCSV"]
        ),
        // The domain: diagnostics, model, reference data, table readers, validation.
        .target(
            name: "FiveAim",
            dependencies: ["FiveAimCSV", .product(name: "Yams", package: "Yams")]
        ),
        // The deterministic demo dataset: all 32 networks, every table, realistic magnitudes.
        .target(
            name: "FiveAimDemo",
            dependencies: ["FiveAim"]
        ),
        // The command-line front end: parses arguments and calls the library.
        .executableTarget(
            name: "fiveaim",
            dependencies: [
                "FiveAim",
                "FiveAimDemo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "FiveAimCSVTests",
            dependencies: [
                "FiveAimCSV",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "FiveAimTests",
            dependencies: [
                "FiveAim",
                "FiveAimDemo",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
    ]
)

// Benchmarks (ordo-one/benchmark) are opt-in so that the normal build and CI stay lean:
//   FIVEAIM_BENCHMARKS=1 swift package --scratch-path .build-bench benchmark
if ProcessInfo.processInfo.environment["FIVEAIM_BENCHMARKS"] != nil {
    package.dependencies.append(.package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]))
    package.targets.append(
        .executableTarget(
            name: "ReaderBenchmarks",
            dependencies: ["FiveAim", "FiveAimCSV", .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/ReaderBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    )
}
