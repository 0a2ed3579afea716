import CareerShiftKit
import FuzzSupport

/// Dates: any input either parses or throws, and a parsed date has an earliest and a latest day.
@_cdecl("FuzzDate_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, count in
        if let date = try? DateParser.parse(text(data, count)) {
            _ = date.earliest
            _ = date.latest
        }
        return 0
    }
}
