import CareerShiftKit
import Foundation
import FuzzSupport

/// Postings CSV: any bytes are read (rows stored or rejected) or refused as a file, never a trap.
@_cdecl("FuzzPostingCSV_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, count in
        let path = NSTemporaryDirectory() + "careershift-fuzz-\(getpid()).csv"
        FileManager.default.createFile(atPath: path, contents: Data(UnsafeBufferPointer(start: data, count: count)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = PostingReader(classifier: classifier, options: options)
        _ = try? reader.read(path: path) { _ in true }
        return 0
    }
}

let classifier = TitleClassifier(taxonomy: .standard)
let options = PostingOptions(dates: PostingDates(year: 2024, crawled: Day(2024, 12, 31)))
