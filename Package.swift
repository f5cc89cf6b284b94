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
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/vapor/console-kit", from: "4.16.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
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
        // The C boundary: libxlsxwriter from Debian's libxlsxwriter-dev, owned by FiveAimXLSX alone.
        .systemLibrary(
            name: "CLibXLSXWriter",
            path: "Sources/CLibXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // Writing .xlsx workbooks: sheets, numbers as numbers, strings, formats, frozen panes.
        .target(
            name: "FiveAimXLSX",
            dependencies: ["CLibXLSXWriter"]
        ),
        // The domain: diagnostics, model, reference data, table readers, validation.
        .target(
            name: "FiveAim",
            dependencies: [
                "FiveAimCSV", "FiveAimXLSX", .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The deterministic demo dataset: all 32 networks, every table, realistic magnitudes.
        .target(
            name: "FiveAimDemo",
            dependencies: ["FiveAim"]
        ),
        // The C boundary: libpq from Debian's libpq-dev, owned by FiveAimPostgres alone.
        .systemLibrary(
            name: "CLibPQ",
            path: "Sources/CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        // The PostgreSQL warehouse: connection, schema migrations, transactional imports, reading, status.
        .target(
            name: "FiveAimPostgres",
            dependencies: ["CLibPQ", "FiveAim"]
        ),
        // The command-line front end: parses arguments and calls the library.
        .executableTarget(
            name: "fiveaim",
            dependencies: [
                "FiveAim",
                "FiveAimDemo",
                "FiveAimPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ConsoleKitTerminal", package: "console-kit"),
            ]
        ),
        // What the test targets share: the project's root, catalogue, reference data and run month.
        .target(
            name: "FiveAimTestFixtures",
            dependencies: ["FiveAim", "FiveAimDemo"],
            path: "Tests/FiveAimTestFixtures"
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
                "FiveAimTestFixtures",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures")]
        ),
        // Integration tests against a real PostgreSQL server (scripts/postgres-start.sh).
        .testTarget(
            name: "FiveAimPostgresTests",
            dependencies: ["FiveAimPostgres", "FiveAim", "FiveAimDemo", "FiveAimTestFixtures"]
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
    package.targets.append(
        .executableTarget(
            name: "EngineBenchmarks",
            dependencies: ["FiveAim", "FiveAimCSV", "FiveAimDemo", .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/EngineBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    )
    // The Swift side of Benchmarks/run.sh's reader-throughput comparison with the C floor (not a benchmark target:
    // it lives under Benchmarks/tools/, outside the folders the benchmark plugin runs).
    package.products.append(.executable(name: "csv-count", targets: ["CSVCount"]))
    package.targets.append(.executableTarget(name: "CSVCount", dependencies: ["FiveAimCSV"], path: "Benchmarks/tools/CSVCount"))
}

// libFuzzer targets are opt-in: they only link with -sanitize=fuzzer (see docs/robustness.md):
//   FIVEAIM_FUZZ=1 swift build --scratch-path .build-fuzz -c release --sanitize=fuzzer --sanitize=address --product CSVReaderFuzzer
if ProcessInfo.processInfo.environment["FIVEAIM_FUZZ"] != nil {
    for (name, library) in [
        ("CSVReaderFuzzer", "FiveAimCSV"), ("DatasetReaderFuzzer", "FiveAim"), ("CatalogueFuzzer", "FiveAim"),
        ("ExtractSpecFuzzer", "FiveAim"),
    ] {
        package.products.append(.executable(name: name, targets: [name]))
        package.targets.append(
            .executableTarget(
                name: name,
                dependencies: [.target(name: library)],
                path: "Fuzz/\(name)",
                swiftSettings: [.unsafeFlags(["-parse-as-library"])]
            )
        )
    }
}
