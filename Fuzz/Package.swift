// swift-tools-version:6.0
// libFuzzer targets for careershift's parsers and readers. A package of its own, so the main
// build never compiles them; `Fuzz/run.sh` builds and runs them (see README, "Fuzzing").
import PackageDescription

let fuzzer: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer", "-use-ld=lld"])]
let swift: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "careershift-fuzz",
    dependencies: [.package(name: "careershift", path: "..")],
    targets: [
        .target(name: "FuzzSupport", path: "Sources/FuzzSupport"),
        .executableTarget(name: "FuzzPay", dependencies: ["FuzzSupport", .product(name: "CareerShiftKit", package: "careershift")],
                          swiftSettings: swift, linkerSettings: fuzzer),
        .executableTarget(name: "FuzzDate", dependencies: ["FuzzSupport", .product(name: "CareerShiftKit", package: "careershift")],
                          swiftSettings: swift, linkerSettings: fuzzer),
        .executableTarget(name: "FuzzCaseFile", dependencies: ["FuzzSupport", .product(name: "CareerShiftKit", package: "careershift")],
                          swiftSettings: swift, linkerSettings: fuzzer),
        .executableTarget(name: "FuzzPostingCSV", dependencies: ["FuzzSupport", .product(name: "CareerShiftKit", package: "careershift")],
                          swiftSettings: swift, linkerSettings: fuzzer),
    ]
)
