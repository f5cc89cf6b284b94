// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "FiveAim",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "FiveAim", targets: ["FiveAim"]),
        .executable(name: "fiveaim", targets: ["fiveaim"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
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
            dependencies: ["FiveAimCSV"]
        ),
        // The command-line front end: parses arguments and calls the library.
        .executableTarget(
            name: "fiveaim",
            dependencies: [
                "FiveAim",
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
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
    ]
)
