/// A date as precise as the source makes it: a year, a month or a day, possibly approximate
/// ("~2024-05"), a part of a month or year ("late May 2024": `2024-05-late`), or only known to be
/// before a day ("before Spring Festival 2024": `<2024-02-10`).
///
/// The canonical text is `[~|<]YYYY[-MM[-DD]][-early|-mid|-late]`; `DateParser` also reads Chinese
/// forms such as `2024年5月下旬` and `2024年春节前`.
public struct FuzzyDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// Part of a month (上旬, 中旬, 下旬) or of a year (年初, 年中, 年底).
    public enum Part: String, TextEnum {
        case early, mid, late
    }

    public var year: Int
    public var month: Int?
    public var day: Int?
    public var part: Part?
    /// True when the source gives the date loosely ("around", "late May", "before …").
    public var approximate: Bool
    /// True when the source only says "before" this date.
    public var before: Bool

    public init(
        year: Int, month: Int? = nil, day: Int? = nil, part: Part? = nil, approximate: Bool = false,
        before: Bool = false
    ) {
        self.year = year
        self.month = month
        self.day = day
        self.part = part
        self.approximate = approximate || part != nil || before
        self.before = before
    }

    /// Reads a date; see `DateParser`.
    public init(parsing text: String) throws(DateParser.Failure) {
        self = try DateParser.parse(text)
    }

    /// What the date is precise to.
    public enum Precision: String, Sendable { case year, month, day }

    public var precision: Precision { day != nil ? .day : (month != nil ? .month : .year) }

    public var description: String {
        var text = before ? "<" : (approximate && part == nil ? "~" : "")
        text += String(format: "%04d", year)
        if let month { text += String(format: "-%02d", month) }
        if let day { text += String(format: "-%02d", day) }
        if let part { text += "-\(part.rawValue)" }
        return text
    }

    /// The first and last day the date can stand for, as (year, month, day) triples; for a
    /// "before" date the earliest is unknown and the latest is the day before.
    public var earliest: Day? {
        if before { return nil }
        guard let month else {
            switch part {
            case .mid: return Day(year, 5, 1)
            case .late: return Day(year, 9, 1)
            default: return Day(year, 1, 1)
            }
        }
        if let day { return Day(year, month, day) }
        switch part {
        case .mid: return Day(year, month, 11)
        case .late: return Day(year, month, 21)
        default: return Day(year, month, 1)
        }
    }

    /// The last day the date can stand for.
    public var latest: Day {
        let lastOfMonth = { (m: Int) in Day(year, m, Day.daysIn(month: m, year: year)) }
        guard let month else {
            switch part {
            case .early: return lastOfMonth(4)
            case .mid: return lastOfMonth(8)
            default: return before ? Day(year, 1, 1).adding(days: -1) : lastOfMonth(12)
            }
        }
        if let day { return before ? Day(year, month, day).adding(days: -1) : Day(year, month, day) }
        switch part {
        case .early: return Day(year, month, 10)
        case .mid: return Day(year, month, 20)
        default: return before ? Day(year, month, 1).adding(days: -1) : lastOfMonth(month)
        }
    }

    public static func < (lhs: FuzzyDate, rhs: FuzzyDate) -> Bool {
        let l = lhs.earliest ?? lhs.latest, r = rhs.earliest ?? rhs.latest
        return l != r ? l < r : lhs.description < rhs.description
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try DateParser.parse(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A calendar day, for spans between fuzzy dates.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(_ year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian).
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(ordinal: Int) {
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }
}

import Foundation
