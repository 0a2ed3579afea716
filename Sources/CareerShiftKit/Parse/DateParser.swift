import Foundation

/// Reads dates with their precision.
///
/// Accepted: `2024`, `2024-05`, `2024-05-03`, `2024/5/3`, `~2024-05` (approximate), `<2024-02-10`
/// (before), `2024-05-late` (also `-early`, `-mid`, and on a year: `2024-early`), and Chinese:
/// `2024年`, `2024年5月`, `2024年五月`, `2024年5月3日`, `2024年5月下旬` (上旬/中旬/下旬), `2024年初`,
/// `2024年中`, `2024年底`, `2024年春节前` (before the Spring Festival of that year), with `约`,
/// `大约` or `左右` for approximate.
public enum DateParser {
    /// Why a text could not be read; `message` quotes it.
    public struct Failure: Error, Equatable, Sendable {
        public var text: String
        public var reason: String
        public var message: String { "cannot read \"\(text)\" as a date: \(reason)" }
    }

    /// Spring Festival (Chinese New Year's Day) by year, for "before Spring Festival" dates.
    public static let springFestival: [Int: (month: Int, day: Int)] = [
        2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5), 2020: (1, 25),
        2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17),
        2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3),
    ]

    static let monthNames: [String: Int] = [
        "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
        "十一": 11, "十二": 12,
    ]

    /// Parses `text`, or fails with a reason.
    public static func parse(_ text: String) throws(Failure) -> FuzzyDate {
        func fail(_ reason: String) -> Failure { Failure(text: text, reason: reason) }
        var s = Normalized.ascii(text).lowercased().filter { !$0.isWhitespace }
        if s.isEmpty { throw fail("empty") }
        var approximate = false, before = false
        for mark in ["~", "约", "大约", "approx."] where s.hasPrefix(mark) {
            s.removeFirst(mark.count)
            approximate = true
        }
        if s.hasSuffix("左右") {
            s.removeLast(2)
            approximate = true
        }
        if s.hasPrefix("<") {
            s.removeFirst()
            before = true
        } else if s.hasPrefix("before") {
            s.removeFirst(6)
            before = true
        }
        if s.contains("年") { return try chinese(s, approximate: approximate, before: before, fail: fail) }

        var part: FuzzyDate.Part?
        for p in FuzzyDate.Part.allCases where s.hasSuffix("-" + p.rawValue) {
            s.removeLast(p.rawValue.count + 1)
            part = p
        }
        let fields = s.split(separator: s.contains("/") ? "/" : "-", omittingEmptySubsequences: false)
        guard (1...3).contains(fields.count), fields.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
              fields[0].count == 4
        else { throw fail("expected YYYY, YYYY-MM or YYYY-MM-DD") }
        let numbers = fields.map { Int($0) }
        guard numbers.allSatisfy({ $0 != nil }) else { throw fail("expected YYYY, YYYY-MM or YYYY-MM-DD") }
        return try build(
            year: numbers[0]!, month: numbers.count > 1 ? numbers[1] : nil,
            day: numbers.count > 2 ? numbers[2] : nil, part: part, approximate: approximate,
            before: before, fail: fail)
    }

    static func chinese(
        _ input: String, approximate: Bool, before: Bool, fail: (String) -> Failure
    ) throws(Failure) -> FuzzyDate {
        let pieces = input.split(separator: "年", maxSplits: 1, omittingEmptySubsequences: false)
        guard let year = Int(pieces[0]), pieces[0].count == 4 else { throw fail("expected a four-digit year before 年") }
        var rest = String(pieces.count > 1 ? pieces[1] : "")
        var before = before
        for word in ["之前", "前"] where rest.hasSuffix(word) && rest != word && !before {
            rest.removeLast(word.count)
            before = true
        }
        if rest == "春节" {
            guard let festival = springFestival[year] else { throw fail("no Spring Festival date known for \(year)") }
            return try build(year: year, month: festival.month, day: festival.day, part: nil,
                             approximate: true, before: true, fail: fail)
        }
        let yearParts: [String: FuzzyDate.Part] = ["初": .early, "年初": .early, "中": .mid, "年中": .mid, "底": .late, "末": .late, "年底": .late, "年末": .late]
        if rest.isEmpty || rest == "份" { return try build(year: year, month: nil, day: nil, part: nil, approximate: approximate, before: before, fail: fail) }
        if let part = yearParts[rest] { return try build(year: year, month: nil, day: nil, part: part, approximate: approximate, before: before, fail: fail) }
        let monthSplit = rest.split(separator: "月", maxSplits: 1, omittingEmptySubsequences: false)
        guard monthSplit.count == 2 else { throw fail("expected a month ending in 月") }
        let monthText = String(monthSplit[0])
        guard let month = Int(monthText) ?? monthNames[monthText] else { throw fail("cannot read month \"\(monthText)\"") }
        var tail = String(monthSplit[1])
        if tail.hasPrefix("份") { tail.removeFirst() }
        let monthParts: [String: FuzzyDate.Part] = ["上旬": .early, "初": .early, "中旬": .mid, "中": .mid, "下旬": .late, "底": .late, "末": .late]
        if tail.isEmpty { return try build(year: year, month: month, day: nil, part: nil, approximate: approximate, before: before, fail: fail) }
        if let part = monthParts[tail] { return try build(year: year, month: month, day: nil, part: part, approximate: approximate, before: before, fail: fail) }
        if tail.hasSuffix("日") || tail.hasSuffix("号") { tail.removeLast() }
        guard let day = Int(tail) else { throw fail("cannot read day \"\(tail)\"") }
        return try build(year: year, month: month, day: day, part: nil, approximate: approximate, before: before, fail: fail)
    }

    static func build(
        year: Int, month: Int?, day: Int?, part: FuzzyDate.Part?, approximate: Bool, before: Bool,
        fail: (String) -> Failure
    ) throws(Failure) -> FuzzyDate {
        guard (1900...2100).contains(year) else { throw fail("year out of range 1900–2100") }
        if let month, !(1...12).contains(month) { throw fail("month \(month) out of range") }
        if let day, let month, !(1...Day.daysIn(month: month, year: year)).contains(day) {
            throw fail("day \(day) does not exist in \(String(format: "%04d-%02d", year, month))")
        }
        if day != nil && part != nil { throw fail("a day cannot have a part (early/mid/late)") }
        if before && part != nil { throw fail("'before' cannot go with a part (early/mid/late)") }
        return FuzzyDate(year: year, month: month, day: day, part: part, approximate: approximate, before: before)
    }
}
