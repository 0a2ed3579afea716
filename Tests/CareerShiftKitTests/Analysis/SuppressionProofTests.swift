import Foundation
import Testing
@testable import CareerShiftKit

/// The proof that no suppressed value can be worked out from a redacted report, the one to publish.
///
/// A hidden cell cannot be worked out when some other data, different in that cell, gives exactly
/// the same report: every table, chart, note and the manifest (every file of every format is
/// rendered from these values alone, so the files are the same too). For each hidden cell of each
/// dataset below, the test looks for such other data by changing the pay of people from private
/// sources and the figures of private observations, and fails when it finds none.
@Suite("No suppressed figure can be worked out from the published tables")
struct SuppressionProofTests {
    static let day = Day(2024, 12, 31)
    static let article = Source(id: "article", title: "Article", published: FuzzyDate(year: 2024, month: 10), visibility: .public)
    static let notes = Source(id: "notes", title: "Notes", published: FuzzyDate(year: 2024, month: 11), visibility: .private)
    static let paths: [(Industry.ID, Role.ID)] = [("internet", "ai-product-manager"), ("real-estate", "ai-product-manager"), ("finance", "llm-application-engineer")]

    static func pay(_ monthly: Int64) -> Pay { Pay(text: "\(monthly)/month", minimum: monthly, maximum: monthly, period: .month) }

    static func mover(_ id: String, path: Int, before: Int64, after: Int64, isPrivate: Bool) -> Case {
        Case(id: Case.ID(id), persona: Persona(name: id), origin: Job(industry: paths[path].0, role: "operations", pay: pay(before)),
             targets: [paths[path].1], landed: Job(role: paths[path].1, pay: pay(after)), outcome: .landed,
             sources: [isPrivate ? notes.id : article.id])
    }

    static func observation(_ id: String, percent: Int, isPrivate: Bool) -> Observation {
        Observation(id: Observation.ID(id), who: .init(name: "coach " + id), period: FuzzyDate(year: 2024), layer: .application,
                    direction: .more, figure: .init(percent: percent), statement: "more", sources: [isPrivate ? notes.id : article.id])
    }

    static func dataset(_ cases: [Case], observations: [Observation] = []) -> CaseFile {
        CaseFile(sources: [article, notes], cases: cases, observations: observations)
    }

    // MARK: What is published, what is hidden, and what is true

    struct Cell: Hashable, CustomStringConvertible {
        var table: String
        var row: Int
        var column: String
        var description: String { "\(table)[\(row)].\(column)" }
    }

    static func published(_ content: CaseFile, k: Int) -> Report {
        ReportBuilder.report(content, asOf: day, taxonomy: .standard, request: ReportRequest(minimumCell: k, redact: true))
    }

    /// Every hidden cell: the `<K` cells of the tables, and the figure of each private observation
    /// (left out of the role-demand table).
    static func hidden(_ report: Report, _ content: CaseFile) -> Set<Cell> {
        var cells = Set<Cell>()
        for table in report.tables {
            for (r, row) in table.rows.enumerated() {
                for (column, value) in zip(table.columns, row) {
                    if case .suppressed = value { cells.insert(Cell(table: table.name, row: r, column: column.name)) }
                }
            }
        }
        for (i, observation) in content.observations.enumerated() where observation.sources == [notes.id] && observation.figure != nil {
            cells.insert(Cell(table: "figure", row: i, column: "figure"))
        }
        return cells
    }

    /// The value behind every cell: the report with nothing hidden.
    static func truth(_ content: CaseFile) -> [Cell: String] {
        let report = ReportBuilder.report(content, asOf: day, taxonomy: .standard, request: ReportRequest(minimumCell: 1))
        var values: [Cell: String] = [:]
        for table in report.tables {
            for (r, row) in table.rows.enumerated() {
                for (column, value) in zip(table.columns, row) { values[Cell(table: table.name, row: r, column: column.name)] = value.text }
            }
        }
        for (i, observation) in content.observations.enumerated() {
            values[Cell(table: "figure", row: i, column: "figure")] = "\(observation.figure?.percent ?? -1)"
        }
        return values
    }

    // MARK: Other data to try

    static func withPay(_ content: CaseFile, _ changes: [(Int, Int64, Int64)], currency: String = "CNY") -> CaseFile {
        var result = content
        for (i, before, after) in changes {
            result.cases[i].origin?.pay = pay(before)
            result.cases[i].landed?.pay = pay(after)
            result.cases[i].origin?.pay?.currency = currency
            result.cases[i].landed?.pay?.currency = currency
        }
        return result
    }

    /// Other data to try: each private person's pay changed in each way that could show (before,
    /// after, change, direction, currency); every private person of a path moved together to the extremes
    /// (which moves any median, lowest or highest that their pay enters); two private people trading
    /// their pay; and each private observation's figure changed.
    static func candidates(_ content: CaseFile) -> [CaseFile] {
        let movers = content.cases.indices.filter { content.cases[$0].sources == [notes.id] && content.cases[$0].landed?.pay != nil }
        var result: [CaseFile] = []
        for i in movers {
            let b = content.cases[i].origin?.pay?.minimum ?? 1000, a = content.cases[i].landed?.pay?.minimum ?? 1000
            for (before, after) in [(b + 1000, a), (b, a + 1000), (b, b / 2), (b, b), (b, b * 2)] {
                result.append(withPay(content, [(i, before, after)]))
            }
            result.append(withPay(content, [(i, b, a)], currency: "USD"))
        }
        let paths = Dictionary(grouping: movers) { content.cases[$0].origin?.industry }
        for (_, group) in paths.sorted(by: { ($0.key?.rawValue ?? "") < ($1.key?.rawValue ?? "") }) {
            for (before, after) in [(1000, 1000), (10_000_000, 10_000_000), (1000, 10_000_000), (10_000_000, 1000)] as [(Int64, Int64)] {
                result.append(withPay(content, group.map { ($0, before, after) }))
            }
            for i in group { for j in group where j > i {
                let bi = content.cases[i].origin?.pay?.minimum ?? 0, ai = content.cases[i].landed?.pay?.minimum ?? 0
                let bj = content.cases[j].origin?.pay?.minimum ?? 0, aj = content.cases[j].landed?.pay?.minimum ?? 0
                result.append(withPay(content, [(i, bj, aj), (j, bi, ai)]))
            } }
        }
        for (i, observation) in content.observations.enumerated() where observation.sources == [notes.id] {
            var changed = content
            changed.observations[i].figure?.percent = (observation.figure?.percent ?? 0) + 7
            result.append(changed)
        }
        return result
    }

    /// The hidden cells of `content`'s redacted report for which no other data was found that
    /// gives the same report and a different value.
    static func unproven(_ content: CaseFile, k: Int, also extra: Set<Cell> = []) -> [Cell] {
        let report = published(content, k: k)
        var open = hidden(report, content).union(extra)
        let truth = truth(content)
        for other in candidates(content) where !open.isEmpty {
            guard published(other, k: k) == report else { continue }
            let otherTruth = Self.truth(other)
            open = open.filter { otherTruth[$0] == truth[$0] }
        }
        return open.sorted { $0.description < $1.description }
    }

    // MARK: The datasets

    @Test("hand-made edge cases: one private person at the median, identical private people, public figures that fix a median")
    func edgeCases() {
        let datasets: [(String, CaseFile, Int)] = [
            ("a private person at the median of two public ones", Self.dataset([
                Self.mover("a", path: 0, before: 10000, after: 12000, isPrivate: false), Self.mover("b", path: 0, before: 30000, after: 36000, isPrivate: false),
                Self.mover("c", path: 0, before: 20000, after: 24000, isPrivate: true)]), 3),
            ("two identical private people, K = 2", Self.dataset([
                Self.mover("a", path: 0, before: 20000, after: 24000, isPrivate: true), Self.mover("b", path: 0, before: 20000, after: 24000, isPrivate: true)]), 2),
            ("three identical private people and a public one, K = 3", Self.dataset([
                Self.mover("a", path: 1, before: 15000, after: 15000, isPrivate: true), Self.mover("b", path: 1, before: 15000, after: 15000, isPrivate: true),
                Self.mover("c", path: 1, before: 15000, after: 15000, isPrivate: true), Self.mover("d", path: 1, before: 15000, after: 20000, isPrivate: false)]), 3),
            ("public figures that fix the median, and private observations", Self.dataset([
                Self.mover("a", path: 2, before: 10000, after: 10000, isPrivate: false), Self.mover("b", path: 2, before: 20000, after: 20000, isPrivate: false),
                Self.mover("c", path: 2, before: 20000, after: 20000, isPrivate: false), Self.mover("d", path: 2, before: 30000, after: 30000, isPrivate: false),
                Self.mover("e", path: 2, before: 25000, after: 18000, isPrivate: true)],
                observations: [Self.observation("o1", percent: 120, isPrivate: true), Self.observation("o2", percent: 30, isPrivate: false)]), 3),
        ]
        for (name, content, k) in datasets {
            let hiddenCount = Self.hidden(Self.published(content, k: k), content).count
            #expect(hiddenCount > 0, "\(name): nothing is hidden, so nothing is proven")
            #expect(Self.unproven(content, k: k) == [], "\(name)")
        }
    }

    @Test("the proof fails on a cell that can be worked out")
    func proofCanFail() throws {
        let content = Self.dataset([
            Self.mover("a", path: 2, before: 10000, after: 11000, isPrivate: false), Self.mover("b", path: 2, before: 20000, after: 20000, isPrivate: false),
            Self.mover("e", path: 2, before: 25000, after: 18000, isPrivate: true)])
        #expect(Self.unproven(content, k: 3) == [])
        // Had a public person's figures been hidden, no other data could have changed them: the
        // proof would say so.
        let shown: Set<Cell> = [Cell(table: "pay_change", row: 0, column: "monthly_before"), Cell(table: "pay_change", row: 1, column: "direction")]
        #expect(Set(Self.unproven(content, k: 3, also: shown)) == shown)
    }

    @Test("plain reports: a median the public figures fix is shown, K private people's medians are shown; redacted: public people only")
    func plainAndRedactedMedians() throws {
        func plain(_ content: CaseFile) throws -> [ReportValue] {
            try #require(ReportBuilder.report(content, asOf: Self.day, taxonomy: .standard, request: ReportRequest(minimumCell: 3))
                .table("pay_change_by_path")).rows[0]
        }
        // Before: 10, 20, 20, 30 public and one private: the median is 20 wherever the private one
        // lies. After and change: the public figures leave it open.
        let fixed = Self.dataset([
            Self.mover("a", path: 2, before: 10000, after: 11000, isPrivate: false), Self.mover("b", path: 2, before: 20000, after: 20000, isPrivate: false),
            Self.mover("c", path: 2, before: 20000, after: 24000, isPrivate: false), Self.mover("d", path: 2, before: 30000, after: 27000, isPrivate: false),
            Self.mover("e", path: 2, before: 25000, after: 18000, isPrivate: true)])
        #expect(try plain(fixed)[3...7] == [.integer(20000), .suppressed(minimum: 3), .suppressed(minimum: 3), .suppressed(minimum: 3), .suppressed(minimum: 3)])
        let three = Self.dataset([
            Self.mover("a", path: 0, before: 10000, after: 12000, isPrivate: true), Self.mover("b", path: 0, before: 20000, after: 24000, isPrivate: true),
            Self.mover("c", path: 0, before: 30000, after: 27000, isPrivate: true), Self.mover("d", path: 0, before: 8000, after: 8000, isPrivate: false)])
        #expect(try plain(three)[2...5] == [.integer(4), .integer(15000), .integer(18000), .decimal(100, scale: 1)])
        let redacted = try #require(Self.published(three, k: 3).table("pay_change_by_path"))
        #expect(redacted.rows == [[.text("Internet → AI product manager"), .text("CNY"), .integer(1), .integer(8000), .integer(8000),
                                   .decimal(0, scale: 1), .decimal(0, scale: 1), .decimal(0, scale: 1)]])
        #expect(Self.unproven(three, k: 3) == [])
    }

    @Test("random datasets: up to 3 paths of up to 7 people, 0 to 4 of them private, K = 2 or 3 (CAREERSHIFT_PROOF_DATASETS: how many)", arguments: 0..<UInt64(ProcessInfo.processInfo.environment["CAREERSHIFT_PROOF_DATASETS"].flatMap(Int.init) ?? 40))
    func random(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let grid: [Int64] = [8000, 10000, 12000, 15000, 18000, 20000, 25000, 30000]
        var cases: [Case] = []
        for path in 0..<Int(rng.next() % 3 + 1) {
            let size = Int(rng.next() % 7 + 1)
            let privateCount = min(size, Int(rng.next() % 5))
            for i in 0..<size {
                let before = grid[Int(rng.next() % UInt64(grid.count))], after = grid[Int(rng.next() % UInt64(grid.count))]
                cases.append(Self.mover("p\(path)-\(i)", path: path, before: before, after: after, isPrivate: i < privateCount))
            }
        }
        let observations = (0..<Int(rng.next() % 3)).map { Self.observation("o\($0)", percent: Int(rng.next() % 200), isPrivate: rng.next() % 2 == 0) }
        let content = Self.dataset(cases, observations: observations)
        let k = Int(rng.next() % 2 + 2)
        #expect(Self.unproven(content, k: k) == [], "seed \(seed), K = \(k)")
    }
}

/// A small seeded generator, so every run tests the same datasets.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

