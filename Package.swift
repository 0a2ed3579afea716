// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "careershift",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "careershift", targets: ["careershift"]),
        .library(name: "CareerShiftKit", targets: ["CareerShiftKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(
            name: "CareerShiftKit",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
            ],
            // No unsafe flags: the few buffers the postings pipeline touches millions of times
            // (RecordReader, PostingReader's caches, PostingAppender, KeyRuns, PostingKeyBlocks)
            // turn off runtime exclusivity checks for themselves with `@exclusivity(unchecked)`;
            // every other access in the library stays checked (README, "Performance").
        ),
        .executableTarget(
            name: "careershift",
            dependencies: [
                "CareerShiftKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "CareerShiftKitTests", dependencies: ["CareerShiftKit"]),
        .testTarget(name: "careershiftCLITests", dependencies: [
            "CareerShiftKit", "careershift", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
    ]
)
