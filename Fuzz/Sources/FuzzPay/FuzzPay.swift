import CareerShiftKit
import FuzzSupport

/// Pay text: any input either parses or throws; a parsed pay converts to monthly and annual
/// figures without trapping.
@_cdecl("FuzzPay_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, count in
        if let pay = try? PayParser.parse(text(data, count)) {
            _ = pay.monthly
            _ = pay.annual
        }
        return 0
    }
}
