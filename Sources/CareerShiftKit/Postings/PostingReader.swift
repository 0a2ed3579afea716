import Foundation

/// One posting as read from a row: what is stored and counted.
public struct Posting: Sendable, Equatable {
    public var title: String
    public var company: String?
    public var city: String?
    public var day: Day?
    /// Index into the classifier's roles; nil when unclassified.
    public var role: Int?
    /// An AI role read as LLM or generative work.
    public var genai = false
    /// Index into the classifier's roles of the occupation head (`TitleClassifier.Classification.head`).
    public var head: Int?
    public var pay: PostingPay
    public var payMonthly: Int64?
    /// Annual pay midpoint (CNY), counting the months paid per year (`·14薪`).
    public var payAnnual: Int64?
    public var payText: String?
    /// The skills or tags cell as read, where the file has such a column (`PostingColumns`).
    public var tags: String?

    /// Same company, title, city and date: the duplicate rule. A 64-bit FNV-1a hash of the
    /// four (the date as its day number in decimal), each followed by a separator byte.
    public var duplicateKey: Int64 {
        var hash: UInt64 = 0xcbf29ce484222325
        @inline(__always) func add(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        func add(_ part: String?) {
            if var part { part.withUTF8 { for byte in $0 { add(byte) } } }
            add(0x1F)
        }
        add(company)
        add(title)
        add(city)
        if let ordinal = day?.ordinal {
            if ordinal.magnitude < 10_000_000_000_000_000 {
                // The decimal digits, most significant first, without making a string.
                var digits: UInt64 = 0, count = 0
                var rest = ordinal.magnitude
                repeat {
                    digits = digits << 4 | UInt64(rest % 10)
                    count += 1
                    rest /= 10
                } while rest > 0
                if ordinal < 0 { add(UInt8(ascii: "-")) }
                for _ in 0..<count {
                    add(UInt8(ascii: "0") + UInt8(digits & 0xF))
                    digits >>= 4
                }
            } else {
                for byte in String(ordinal).utf8 { add(byte) }
            }
        }
        add(0x1F)
        return Int64(bitPattern: hash)
    }
}

/// How to read a postings file.
public struct PostingOptions: Sendable {
    public var columns: [PostingColumns.Field: String]
    public var dates: PostingDates
    /// Where rows that cannot be read go (a CSV with the reason); nil: nowhere.
    public var rejectsPath: String?

    public init(columns: [PostingColumns.Field: String] = [:], dates: PostingDates = PostingDates(), rejectsPath: String? = nil) {
        self.columns = columns
        self.dates = dates
        self.rejectsPath = rejectsPath
    }
}

/// What reading a postings file came to.
public struct PostingSummary: Sendable, Equatable {
    public var rowsRead = 0
    public var stored = 0
    public var duplicates = 0
    public var rejected = 0
    public var unclassified = 0
    public var undated = 0
    /// Lines equal to the header (crawlers that append files repeat it): skipped, not postings.
    public var repeatedHeaders = 0
    /// The header of the column read for each field.
    public var columns: [PostingColumns.Field: String] = [:]
    public var aggregates = PostingAggregates()

    public init() {}

    /// Postings found to be duplicates after reading (counted as stored while read).
    public struct Removed: Sendable {
        public var count = 0
        public var unclassified = 0
        public var undated = 0
    }

    /// Takes duplicates found after reading out of the counts (not the aggregates, which the
    /// store corrects itself).
    public mutating func remove(_ removed: Removed) {
        stored -= removed.count
        duplicates += removed.count
        unclassified -= removed.unclassified
        undated -= removed.undated
    }

    public var description: String {
        "\(rowsRead) rows read: \(stored) stored, \(duplicates) duplicates skipped, \(rejected) rejected\(headerNote); \(unclassified) titles matched no role in the taxonomy, \(undated) undated"
    }

    /// What `postings summarize` read: it stores nothing and counts every posting, duplicates too.
    public var countedDescription: String {
        "\(rowsRead) rows read: \(stored) postings counted (duplicates included), \(rejected) rejected\(headerNote); \(unclassified) titles matched no role in the taxonomy, \(undated) undated"
    }

    private var headerNote: String { repeatedHeaders == 0 ? "" : ", \(repeatedHeaders) repeated header lines skipped" }

    /// `columns read: title=职位名称, pay=薪资, …`, in the order of the fields.
    public var columnsDescription: String {
        "columns read: " + PostingColumns.Field.allCases.compactMap { field in columns[field].map { "\(field.rawValue)=\($0)" } }.joined(separator: ", ")
    }
}

/// Why a postings file cannot be read at all.
public struct PostingFileProblem: Error, Equatable, LocalizedError {
    public var path: String
    public var message: String
    public var errorDescription: String? { "\(path): error: \(message)" }
}

/// A file's header, to tell a line that repeats it (crawlers that append files repeat it) from a
/// posting: the title cell is compared first, so other lines cost one short byte comparison.
struct HeaderLine {
    let fields: [String]
    let title: Int
    let titleBytes: [UInt8]

    init(_ fields: [String], title: Int) {
        self.fields = fields
        self.title = title
        titleBytes = Array(fields[title].utf8)
    }

    func repeats(in reader: RecordReader) -> Bool {
        reader.fieldCount == fields.count && reader.field(title).elementsEqual(titleBytes) && reader.recordFields() == fields
    }
}

/// Streams a job-board CSV export: recognises its columns, classifies each title, reads pay and
/// dates, and hands every readable posting to a sink; unreadable rows go to a rejects file.
public final class PostingReader {
    /// A header with more columns than this is refused: a real export has dozens.
    static let widestHeader = 10_000
    let classifier: TitleClassifier
    let options: PostingOptions
    /// Caches by the bytes of a cell: nil where the bytes are not UTF-8.
    @exclusivity(unchecked)
    private var payCache = ByteCache<(String, (PostingPay, Int64?, Int64?))?>()
    @exclusivity(unchecked)
    private var cityCache = ByteCache<String?>()
    @exclusivity(unchecked)
    private var dateCache = ByteCache<Result<Day, PostingDates.Failure>?>()
    @exclusivity(unchecked)
    private var titleCache = ByteCache<(String?, TitleClassifier.Match?)>(limit: 20_000)
    /// By title and tags together, for files with a tags column.
    @exclusivity(unchecked)
    private var taggedCache = ByteCache<(String?, TitleClassifier.Match?)>(limit: 20_000)
    @exclusivity(unchecked)
    private var taggedKey: [UInt8] = []
    @exclusivity(unchecked)
    private var companyCache = ByteCache<String?>(limit: 20_000)
    /// When set, `read` leaves its running counts in `counter` instead of turning them into the
    /// summary's aggregates: `postings import` takes duplicates off them first.
    @exclusivity(unchecked)
    var keepsCounter = false
    @exclusivity(unchecked)
    var counter = PostingCounter()

    public init(taxonomy: Taxonomy, options: PostingOptions) {
        classifier = TitleClassifier(taxonomy: taxonomy)
        self.options = options
    }

    public init(classifier: TitleClassifier, options: PostingOptions) {
        self.classifier = classifier
        self.options = options
    }

    /// Reads `path`; `sink` stores a posting and says whether it was new (false: a duplicate).
    /// `progress` is called now and then with bytes read and the file size.
    public func read(
        path: String, progress: ((Int64, Int64) -> Void)? = nil, sink: (Posting) throws -> Bool
    ) throws -> PostingSummary {
        let (reader, header, columns) = try Self.open(path: path, overrides: options.columns)
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int64) ?? 0
        var rejects: RejectsWriter?
        // A rejects file from an earlier run would describe rows this run may have read fine.
        if let path = options.rejectsPath, FileManager.default.fileExists(atPath: path) {
            try? FileManager.default.removeItem(atPath: path)
        }
        var summary = PostingSummary()
        for (field, index) in columns.index { summary.columns[field] = header[index] }
        counter = PostingCounter()
        var lastProgress: Int64 = 0
        let fields = Fields(columns)
        let headerLine = HeaderLine(header, title: fields.title)
        while try reader.next() {
            summary.rowsRead += 1
            if headerLine.repeats(in: reader) {
                summary.repeatedHeaders += 1
                continue
            }
            if let progress, reader.bytesRead - lastProgress > size / 100 {
                lastProgress = reader.bytesRead
                progress(reader.bytesRead, size)
            }
            let posting: Posting
            switch makePosting(reader, fields: fields) {
            case .success(let value): posting = value
            case .failure(let reason):
                summary.rejected += 1
                if let path = options.rejectsPath {
                    if rejects == nil { rejects = try RejectsWriter(path: path, header: header) }
                    try rejects?.write(line: reader.line, reason: reason.message, fields: reader.recordFields())
                }
                continue
            }
            guard try sink(posting) else {
                summary.duplicates += 1
                continue
            }
            summary.stored += 1
            if posting.role == nil { summary.unclassified += 1 }
            if posting.day == nil { summary.undated += 1 }
            counter.add(posting)
        }
        try rejects?.close()
        progress?(size, size)
        if !keepsCounter {
            summary.aggregates = counter.aggregates(roles: classifier.roles)
            counter = PostingCounter()
        }
        return summary
    }

    /// Opens a postings file: checks its encoding and reads and recognises its header.
    static func open(path: String, overrides: [PostingColumns.Field: String]) throws -> (RecordReader, [String], PostingColumns) {
        let reader: RecordReader
        do {
            reader = try RecordReader(path: path)
        } catch {
            throw PostingFileProblem(path: path, message: "cannot read the file (missing or not readable)")
        }
        try checkEncoding(reader.head, path: path)
        guard try reader.next() else { throw PostingFileProblem(path: path, message: "the file is empty") }
        guard !reader.tooLong, reader.fieldCount <= widestHeader else {
            throw PostingFileProblem(path: path, message: reader.tooLong
                ? "the header line is longer than \(RecordReader.longestRecord >> 20) MB: this is not a job-board export"
                : "the header has \(reader.fieldCount) columns, more than \(widestHeader): this is not a job-board export")
        }
        let header = reader.recordFields()
        do {
            return (reader, header, try PostingColumns(header: header, overrides: overrides))
        } catch {
            throw PostingFileProblem(path: path, message: error.message)
        }
    }

    struct Rejection: Error { var message: String }

    /// Where the fields a posting needs are, looked up once per file.
    struct Fields {
        var width: Int
        var title: Int
        var company: Int?
        var city: Int?
        var pay: Int?
        var date: Int?
        var tags: Int?

        /// The fields read, with their columns.
        var used: [(PostingColumns.Field, Int)] = []

        init(_ columns: PostingColumns) {
            width = columns.width
            title = columns.index[.title]!
            company = columns.index[.company]
            city = columns.index[.city]
            pay = columns.index[.pay]
            date = columns.index[.date]
            tags = columns.index[.tags]
            used = [(.title, title)] + [(.company, company), (.city, city), (.pay, pay), (.date, date), (.tags, tags)].compactMap { field, index in
                index.map { (field, $0) }
            }
        }
    }

    func makePosting(_ reader: RecordReader, fields: Fields) -> Result<Posting, Rejection> {
        guard !reader.tooLong else {
            return .failure(Rejection(message: "the record is longer than \(RecordReader.longestRecord >> 20) MB; it was skipped up to the end of its line"))
        }
        guard reader.fieldCount == fields.width else {
            return .failure(Rejection(message: "expected \(fields.width) fields as in the header, found \(reader.fieldCount)"))
        }
        for (field, index) in fields.used where reader.field(index).withUnsafeBytes({ $0.count > 0 && memchr($0.baseAddress!, 0, $0.count) != nil }) {
            return .failure(Rejection(message: "\(field.rawValue): contains a NUL byte"))
        }
        let titleBytes = reader.field(fields.title)
        let tagBytes = fields.tags.flatMap { reader.trimmed($0) }
        // Job boards repeat titles a lot: each is checked and classified once (with its tags,
        // where the file has them: an LLM skill there can make the posting AI).
        let (text, match): (String?, TitleClassifier.Match?)
        if let tagBytes, !tagBytes.isEmpty {
            // The key: the title's length, the title, the tags.
            taggedKey.removeAll(keepingCapacity: true)
            withUnsafeBytes(of: UInt32(truncatingIfNeeded: titleBytes.count).littleEndian) { taggedKey.append(contentsOf: $0) }
            taggedKey.append(contentsOf: titleBytes)
            taggedKey.append(contentsOf: tagBytes)
            (text, match) = taggedCache.value(for: taggedKey[...]) { _ in
                guard let text = RecordReader.trim(titleBytes).flatMap(RecordReader.string) else { return (nil, nil) }
                return (text, classifier.classify(titleBytes, tags: tagBytes))
            }
        } else {
            (text, match) = titleCache.value(for: titleBytes) { bytes in
                guard let text = RecordReader.trim(bytes).flatMap(RecordReader.string) else { return (nil, nil) }
                return (text, classifier.classify(bytes))
            }
        }
        guard let title = text else {
            return .failure(Rejection(message: titleBytes.isEmpty ? "title: empty" : "title: not valid UTF-8"))
        }
        var posting = Posting(title: title, pay: .none)
        posting.role = match?.role
        posting.genai = match?.genai ?? false
        posting.head = match?.head
        if let tagBytes, !tagBytes.isEmpty { posting.tags = RecordReader.string(tagBytes) }
        if let i = fields.company, let raw = reader.trimmed(i) {
            posting.company = companyCache.value(for: raw, make: RecordReader.string)
        }
        if let i = fields.city, let raw = reader.trimmed(i) {
            posting.city = cityCache.value(for: raw) { RecordReader.string($0).map(city) }
        }
        if let i = fields.pay, let raw = reader.trimmed(i) {
            let read = payCache.value(for: raw) { bytes in RecordReader.string(bytes).map { ($0, pay($0)) } }
            if let (text, (state, monthly, annual)) = read {
                posting.payText = text
                (posting.pay, posting.payMonthly, posting.payAnnual) = (state, monthly, annual)
            }
        }
        if let i = fields.date, let raw = reader.trimmed(i),
           let day = dateCache.value(for: raw, make: { RecordReader.string($0).map(options.dates.day) }) {
            switch day {
            case .success(let day): posting.day = day
            case .failure(let failure):
                let raw = RecordReader.string(raw) ?? ""
                switch failure {
                case .needsYear: return .failure(Rejection(message: "date: \"\(raw)\" has no year; give --year"))
                case .needsCrawled: return .failure(Rejection(message: "date: \"\(raw)\" is relative; give --crawled DATE"))
                case .unreadable: return .failure(Rejection(message: "date: cannot read \"\(raw)\""))
                }
            }
        } else {
            posting.day = options.dates.crawled
        }
        return .success(posting)
    }

    /// Pay state and monthly and annual midpoints (CNY).
    func pay(_ text: String) -> (PostingPay, Int64?, Int64?) {
        if let parsed = try? PayParser.parse(text) {
            if parsed.isNegotiable {
                return (.negotiable, nil, nil)
            } else if parsed.currency == "CNY", let annual = parsed.annual {
                return (.amount, ReportInput.monthlyMidpoint(parsed), (annual.lowerBound + annual.upperBound + 1) / 2)
            } else {
                return (.amount, nil, nil)
            }
        }
        return (.unreadable, nil, nil)
    }

    /// `北京-朝阳区` → `北京`, `上海市` → `上海`.
    func city(_ text: String) -> String {
        var name = String(text.prefix { !"-·|/,，（(".contains($0) }).trimmingCharacters(in: .whitespaces)
        if name.hasSuffix("市") && name.count > 2 { name.removeLast() }
        if name.isEmpty { name = text }
        return name
    }

    /// Refuses files that are not UTF-8, naming the likely encoding and how to convert.
    static func checkEncoding(_ head: ArraySlice<UInt8>, path: String) throws {
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            throw PostingFileProblem(path: path, message: "the file is UTF-16; convert it: iconv -f UTF-16 -t UTF-8 '\(path)' > utf8.csv")
        }
        var bytes = Array(head)
        // The head may end inside a character: drop up to three trailing bytes of it.
        for _ in 0..<3 where String(validating: bytes, as: UTF8.self) == nil && !bytes.isEmpty && bytes.last! >= 0x80 {
            bytes.removeLast()
        }
        guard String(validating: bytes, as: UTF8.self) == nil else { return }
        var pairs = 0, high = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] >= 0x81 && bytes[i] <= 0xFE {
                high += 1
                if i + 1 < bytes.count, (0x40...0xFE).contains(bytes[i + 1]) { pairs += 1; i += 1 }
            }
            i += 1
        }
        if high > 0 && pairs * 10 >= high * 9 {
            throw PostingFileProblem(path: path, message: "the file looks GBK/GB18030-encoded (as Excel in China saves CSV), not UTF-8; convert it first: iconv -f GB18030 -t UTF-8 '\(path)' > utf8.csv, or save it from Excel as \"CSV UTF-8\"")
        }
        throw PostingFileProblem(path: path, message: "the file is not valid UTF-8; convert it to UTF-8 first")
    }
}

/// The rejects file: the original row with its line and the reason.
final class RejectsWriter {
    let handle: FileHandle
    var pending = ""

    init(path: String, header: [String]) throws {
        FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw PostingFileProblem(path: path, message: "cannot write the rejects file")
        }
        self.handle = handle
        pending = CSV.document(header: ["line", "reason"] + header, rows: [])
    }

    func write(line: Int, reason: String, fields: [String]) throws {
        pending += CSV.document(header: [String(line), reason] + fields, rows: [])
        if pending.utf8.count > 1 << 16 { try flush() }
    }

    func flush() throws {
        try handle.write(contentsOf: Data(pending.utf8))
        pending = ""
    }

    func close() throws {
        try flush()
        try handle.close()
    }
}
