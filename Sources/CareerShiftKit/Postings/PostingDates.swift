import Foundation

/// Reads the dates job boards print: `2024-05-03`, `2024/5/3`, `2024.05.03`, `2024年5月3日`,
/// `05-03` or `5月3日` (the year from `--year`), and `3天前发布`, `2小时前`, `昨天`, `今天`, `刚刚`
/// (relative to `--crawled`).
public struct PostingDates: Sendable {
    public var year: Int?
    public var crawled: Day?

    public init(year: Int? = nil, crawled: Day? = nil) {
        self.year = year
        self.crawled = crawled
    }

    /// Why a date could not be read.
    public enum Failure: Error, Equatable, Sendable {
        case unreadable
        case needsYear
        case needsCrawled
    }

    /// The day `text` names.
    public func day(_ text: String) -> Result<Day, Failure> {
        var s = Normalized.ascii(text).trimmingCharacters(in: .whitespaces)
        // A time of day after the date (`2024-05-03 10:30`) is dropped; a time alone means the
        // crawl day.
        if let colon = s.firstIndex(of: ":") {
            let head = s[..<colon]
            let dateEnd = head.lastIndex(where: { $0 == " " || $0 == "T" }) ?? head.startIndex
            let time = s[dateEnd...].trimmingCharacters(in: CharacterSet(charactersIn: " T"))
            guard time.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ":") }), time.split(separator: ":").count >= 2 else {
                return .failure(.unreadable)
            }
            s = String(s[..<dateEnd]).trimmingCharacters(in: .whitespaces)
            if s.isEmpty {
                guard let crawled else { return .failure(.needsCrawled) }
                return .success(crawled)
            }
        }
        var digits: [Int] = []
        var current: Int?
        var relative: String = ""
        for c in s {
            if let d = c.wholeNumberValue, c.isASCII {
                current = (current ?? 0) * 10 + d
                if current! > 100_000 { return .failure(.unreadable) }
            } else {
                if let value = current { digits.append(value) }
                current = nil
                if !c.isASCII { relative.append(c) }
            }
        }
        if let value = current { digits.append(value) }
        let lower = s.lowercased()
        if s.contains("前") || ["昨天", "今天", "刚刚", "前天"].contains(where: s.contains) || lower.contains("ago") || lower == "today" || lower == "yesterday" {
            guard let crawled else { return .failure(.needsCrawled) }
            if lower == "yesterday" { return .success(crawled.adding(days: -1)) }
            if s.contains("刚刚") || s.contains("今天") || s.contains("小时") || s.contains("分钟") || lower.contains("hour") || lower.contains("minute") || lower == "today" {
                return .success(crawled)
            }
            if s.contains("前天") { return .success(crawled.adding(days: -2)) }
            if s.contains("昨天") { return .success(crawled.adding(days: -1)) }
            guard let n = digits.first else { return .failure(.unreadable) }
            if s.contains("天") || s.lowercased().contains("day") { return .success(crawled.adding(days: -n)) }
            if s.contains("周") || s.lowercased().contains("week") { return .success(crawled.adding(days: -7 * n)) }
            if s.contains("月") || s.lowercased().contains("month") { return .success(crawled.adding(days: -30 * n)) }
            return .failure(.unreadable)
        }
        let y: Int, m: Int, d: Int
        if digits.count == 3 && digits[0] >= 1900 {
            (y, m, d) = (digits[0], digits[1], digits[2])
        } else if digits.count == 3 && digits[2] >= 1900 {
            (y, m, d) = (digits[2], digits[0], digits[1])  // 5/3/2024, as US exports write it
        } else if digits.count == 2 {
            guard let year else { return .failure(.needsYear) }
            (y, m, d) = (year, digits[0], digits[1])
        } else {
            return .failure(.unreadable)
        }
        guard (1990...2100).contains(y), (1...12).contains(m), (1...Day.daysIn(month: m, year: y)).contains(d) else {
            return .failure(.unreadable)
        }
        return .success(Day(y, m, d))
    }
}
