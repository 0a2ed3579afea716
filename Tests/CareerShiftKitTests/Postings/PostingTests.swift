import Foundation
import Testing
@testable import CareerShiftKit

@Suite("Job postings")
struct PostingTests {
    static func file(_ text: String, bytes: [UInt8]? = nil) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("postings-\(UUID().uuidString).csv").path
        try Data(bytes ?? Array(text.utf8)).write(to: URL(fileURLWithPath: path))
        return path
    }

    static let sample = """
        职位名称,薪资,城市,公司名称,发布时间,经验要求,学历要求,职位描述
        大模型算法工程师（base青岛）,30-55K·15薪,青岛,甲公司,2024-05-03,3-5年,硕士,"负责, ""大模型""工作"
        AI产品经理-AIGC方向,1-1.5万/月,北京-朝阳区,乙公司,2024/5/4,1-3年,本科,
        LLM Test Engineer,200-250元/天,上海,丙公司,05-06,,,
        数据标注员（兼职）,面议,成都,丁公司,3天前发布,,,
        会计,8000元/月,北京,戊公司,2024-06-01,,,
        AI产品经理-AIGC方向,1-1.5万/月,北京-朝阳区,乙公司,2024/5/4,1-3年,本科,
        ,15k,北京,己公司,2024-06-02,,,
        短行
        AI运营,15-25Kx,杭州,庚公司,not a date,,,

        """

    func read(_ text: String, options: PostingOptions = PostingOptions(dates: PostingDates(year: 2024, crawled: Day(2024, 12, 31))),
              sink: (Posting) -> Bool = { _ in true }) throws -> (PostingSummary, [Posting]) {
        let path = try Self.file(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var seen: [Posting] = []
        let summary = try PostingReader(taxonomy: .standard, options: options).read(path: path) { posting in
            seen.append(posting)
            return sink(posting)
        }
        return (summary, seen)
    }

    @Test("headers, titles, pay, dates (full, month-day with --year, relative with --crawled), cities")
    func reads() throws {
        let (summary, postings) = try read(Self.sample)
        #expect(summary.rowsRead == 9)
        #expect(summary.rejected == 3, "an empty title, a short row, an unreadable date")
        let roles = postings.map { $0.role.map { TitleClassifier(taxonomy: .standard).roles[$0].id.rawValue } ?? "-" }
        #expect(roles == ["llm-algorithm-engineer", "ai-product-manager", "llm-test-engineer", "data-annotator", "finance-accounting", "ai-product-manager"])
        #expect(postings.map { $0.day?.description ?? "-" } == ["2024-05-03", "2024-05-04", "2024-05-06", "2024-12-28", "2024-06-01", "2024-05-04"])
        #expect(postings.map(\.pay) == [.amount, .amount, .amount, .negotiable, .amount, .amount])
        #expect(postings[0].payMonthly == 42500)
        #expect(postings[2].payMonthly == 4894)
        #expect(postings[1].city == "北京")
        #expect(summary.aggregates.total == 6)
    }

    @Test("duplicates (same company, title, city, date) are counted and skipped")
    func duplicates() throws {
        var keys = Set<Int64>()
        let (summary, _) = try read(Self.sample) { keys.insert($0.duplicateKey).inserted }
        #expect(summary.duplicates == 1)
        #expect(summary.stored == 5)
    }

    @Test("rejected rows go to the rejects file with line and reason")
    func rejects() throws {
        let rejects = FileManager.default.temporaryDirectory.appendingPathComponent("rejects-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: rejects) }
        _ = try read(Self.sample, options: PostingOptions(dates: PostingDates(year: 2024, crawled: Day(2024, 12, 31)), rejectsPath: rejects))
        let rows = try CSV.rows(try String(contentsOfFile: rejects, encoding: .utf8), file: rejects)
        #expect(rows.map { Array($0.fields.prefix(2)) } == [
            ["line", "reason"],
            ["8", "title: empty"],
            ["9", "expected 8 fields as in the header, found 1"],
            ["10", "date: cannot read \"not a date\""],
        ])
    }

    @Test("dates without a year, or relative ones, need --year and --crawled")
    func dateOptions() throws {
        let (summary, _) = try read("title,date\nAI产品经理,05-03\nAI产品经理,3天前发布\nAI产品经理,2024-05-03\n", options: PostingOptions())
        #expect(summary.rejected == 2 && summary.stored == 1)
        let dates = PostingDates(year: 2024, crawled: Day(2024, 12, 31))
        #expect(try dates.day("2024-05-03 10:30").get() == Day(2024, 5, 3))
        #expect(try dates.day("2024年5月3日").get() == Day(2024, 5, 3))
        #expect(try dates.day("5月3日").get() == Day(2024, 5, 3))
        #expect(try dates.day("昨天").get() == Day(2024, 12, 30))
        #expect(try dates.day("2小时前").get() == Day(2024, 12, 31))
        #expect((try? dates.day("2024-02-30").get()) == nil)
    }

    @Test("a file without a date column is dated by --crawled, or kept undated")
    func noDateColumn() throws {
        let (undated, _) = try read("title\nAI产品经理\n", options: PostingOptions())
        #expect(undated.undated == 1)
        let (crawled, postings) = try read("title\nAI产品经理\n", options: PostingOptions(dates: PostingDates(crawled: Day(2024, 7, 1))))
        #expect(crawled.undated == 0 && postings[0].day == Day(2024, 7, 1))
    }

    @Test("header recognition in both languages, and --columns for the rest")
    func headers() throws {
        #expect(try PostingColumns(header: ["Job Title", "Salary", "Location", "Company", "Date", "x"]).index == [.title: 0, .pay: 1, .city: 2, .company: 3, .date: 4])
        #expect(try PostingColumns(header: ["\u{FEFF}岗位名称", "薪资范围", "工作地点"]).index == [.title: 0, .pay: 1, .city: 2])
        let overrides = try PostingColumns.overrides("title=名称,pay=待遇")
        #expect(try PostingColumns(header: ["名称", "待遇"], overrides: overrides).index == [.title: 0, .pay: 1])
        #expect(throws: PostingColumns.Problem.self) { try PostingColumns(header: ["a", "b"]) }
        #expect(throws: PostingColumns.Problem.self) { try PostingColumns.overrides("nonsense") }
    }

    @Test("a BOM is skipped; GBK and UTF-16 files are refused with how to convert")
    func encodings() throws {
        let (summary, _) = try read("\u{FEFF}职位名称\nAI产品经理\n")
        #expect(summary.stored == 1)
        // "职位名称\n大模型" in GBK.
        let gbk: [UInt8] = [0xD6, 0xB0, 0xCE, 0xBB, 0xC3, 0xFB, 0xB3, 0xC6, 0x0A, 0xB4, 0xF3, 0xC4, 0xA3, 0xD0, 0xCD, 0x0A]
        let path = try Self.file("", bytes: gbk)
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try PostingReader(taxonomy: .standard, options: PostingOptions()).read(path: path) { _ in true }
            Issue.record("a GBK file must be refused")
        } catch let problem as PostingFileProblem {
            #expect(problem.message.hasPrefix("the file looks GBK/GB18030-encoded"))
            #expect(problem.message.contains("iconv -f GB18030 -t UTF-8"))
        }
    }

    @Test("the record reader handles CRLF, lone CR, quotes, and records across chunk boundaries")
    func records() throws {
        let long = String(repeating: "字", count: RecordReader.chunk / 3 + 10)
        let text = "a,b\r\n\"x,\"\"y\"\"\",2\r3,\"\(long)\"\n4,\"multi\nline\"\n"
        let path = try Self.file(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try RecordReader(path: path)
        var records: [[String]] = []
        var lines: [Int] = []
        while try reader.next() {
            records.append(reader.recordFields())
            lines.append(reader.line)
        }
        #expect(records == [["a", "b"], ["x,\"y\"", "2"], ["3", long], ["4", "multi\nline"]])
        #expect(lines == [1, 2, 3, 4])
    }

    @Test("the record reader reads back random records: fields of every length, quoted or not, with every separator and line end")
    func randomRecords() throws {
        var state: UInt64 = 99
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let pieces = ["a", "字", ",", "\"", "\n", "\r", "\r\n", " ", "AI产品经理", "15-25K·14薪", "x"]
        var expected: [[String]] = []
        var text = ""
        for row in 0..<400 {
            // Up to 150 fields: more than the reader first makes room for.
            let width = row == 7 ? 150 : 1 + next(12)
            var fields: [String] = []
            for _ in 0..<width {
                let field = (0..<next(20)).map { _ in pieces[next(pieces.count)] }.joined()
                fields.append(field)
            }
            // A record of one empty field is an empty line, which is skipped.
            if fields == [""] { fields = ["x"] }
            expected.append(fields)
            text += fields.map { field in
                field.utf8.contains(where: { [0x2C, 0x22, 0x0A, 0x0D].contains($0) }) || field.isEmpty && next(2) == 0
                    ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: ",") + ["\n", "\r\n", "\r"][next(3)]
        }
        let path = try Self.file(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try RecordReader(path: path)
        var records: [[String]] = []
        while try reader.next() { records.append(reader.recordFields()) }
        #expect(records.count == expected.count)
        for (got, want) in zip(records, expected) where got != want {
            Issue.record("read \(got), wrote \(want)")
            break
        }
    }

    @Test("the eight-bytes-at-a-time scan finds the first of three bytes wherever it is")
    func skip() {
        var state: UInt64 = 5
        for _ in 0..<2000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let count = Int(state >> 58)
            // Bytes next to the separators' values, and 0x00/0x80/0xFF, make the borrows that can
            // raise false alarms above a true match.
            let near: [UInt8] = [0x00, 0x01, 0x09, 0x0B, 0x0C, 0x0E, 0x2B, 0x2D, 0x22, 0x7F, 0x80, 0xFF, 0xE5, 0xAD]
            var bytes = (0..<count).map { i in near[Int((state >> UInt64(i % 50)) % UInt64(near.count))] }
            if count > 0 && state & 1 == 0 { bytes[Int(state >> 40) % count] = [0x2C, 0x0A, 0x0D][Int(state >> 20) % 3] }
            let start = count > 0 ? Int(state >> 30) % count : 0
            let naive = bytes[start...].firstIndex { $0 == 0x2C || $0 == 0x0A || $0 == 0x0D } ?? count
            let found = bytes.withUnsafeBufferPointer { RecordReader.skip($0, from: start, to: count, past: 0x2C, 0x0A, 0x0D) }
            #expect(found == naive)
        }
    }

    @Test("quartiles by the nearest-rank method")
    func quartiles() {
        let counts: [(value: Int64, n: Int)] = [(10, 1), (20, 1), (30, 1), (40, 1)]
        #expect(PostingTables.quantile(counts, total: 4, numerator: 1, denominator: 4) == 10)
        #expect(PostingTables.quantile(counts, total: 4, numerator: 1, denominator: 2) == 20)
        #expect(PostingTables.quantile(counts, total: 4, numerator: 3, denominator: 4) == 30)
        #expect(PostingTables.quantile([(5, 3), (9, 1)], total: 4, numerator: 3, denominator: 4) == 5)
    }
}
