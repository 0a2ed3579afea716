import CareerShiftKit
import FuzzSupport

/// Case files (YAML or JSON): any input is read or rejected with diagnostics, never a trap.
@_cdecl("FuzzCaseFile_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, count in
        _ = try? CaseFileReader.read(text: text(data, count), file: "fuzz.yaml", taxonomy: .standard)
        return 0
    }
}
