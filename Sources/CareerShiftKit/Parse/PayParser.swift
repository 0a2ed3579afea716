import Foundation

/// Reads pay as Chinese and English job posts and interviews write it.
///
/// Accepted: `15k`, `18K`, `15-25K·14薪`, `15K*14`, `1-1.5万/月`, `20-40万/年`, `年薪50-80万`,
/// `月薪18k`, `6-8千/月`, `3-4千`, `三四千`, `200-250元/天`, `50元/时`, `200万`, `$120k`,
/// `$53K-$91K`, `面议`. Units: `k`/`千` (thousand), `w`/`万` (ten thousand), `元`. Ranges use `-`,
/// `~`, `–`, `—`, `至` or `到`.
///
/// Periods: a suffix (`/月`, `/年`, `/天`, `/时`, `/周`, `/month`, `/day` …) or a prefix (`月薪`,
/// `年薪`, `日薪`, `时薪`) names it. Without one, dollar amounts are annual (as US pay is quoted), amounts
/// of 10万 or more are annual (as Chinese packages are quoted: `200万`), and everything else is monthly.
public enum PayParser {
    /// Why a text could not be read; `message` quotes the text.
    public struct Failure: Error, Equatable, Sendable {
        public var text: String
        public var reason: String
        public var message: String { "cannot read \"\(text)\" as pay: \(reason)" }
    }

    /// The largest amount accepted, in currency units (a guard against typos and overflow).
    public static let maximumAmount: Int64 = 1_000_000_000_000

    static let negotiable = ["面议", "薪资面议", "negotiable", "n/a", "待遇面议"]
    static let prefixes: [(String, Pay.Period)] = [
        ("年薪", .year), ("年包", .year), ("月薪", .month), ("日薪", .day), ("时薪", .hour), ("周薪", .week),
    ]
    static let suffixes: [(String, Pay.Period)] = [
        ("/小时", .hour), ("/时", .hour), ("/hour", .hour), ("/hr", .hour), ("/h", .hour), ("每小时", .hour),
        ("/天", .day), ("/日", .day), ("/day", .day), ("/d", .day), ("每天", .day),
        ("/周", .week), ("/week", .week), ("/wk", .week), ("每周", .week),
        ("/月", .month), ("/month", .month), ("/mo", .month), ("每月", .month),
        ("/年", .year), ("/year", .year), ("/yr", .year), ("/y", .year), ("每年", .year),
    ]
    static let units: [Character: Int64] = ["k": 1000, "千": 1000, "w": 10000, "万": 10000, "元": 1]

    /// Parses `text` into a `Pay`, or fails with a reason.
    public static func parse(_ text: String) throws(Failure) -> Pay {
        func fail(_ reason: String) -> Failure { Failure(text: text, reason: reason) }
        var s = withoutThousandsSeparators(Normalized.ascii(text).lowercased().filter { !$0.isWhitespace })
        if s.isEmpty { throw fail("empty") }
        if negotiable.contains(s) {
            return Pay(text: text, minimum: nil, maximum: nil, period: nil)
        }
        var period: Pay.Period?
        for (prefix, p) in prefixes where s.hasPrefix(prefix) {
            s.removeFirst(prefix.count)
            period = p
        }
        var months: Int?
        if let marker = s.lastIndex(where: { "·•*x×".contains($0) }) {
            var tail = String(s[s.index(after: marker)...])
            if tail.hasSuffix("薪") { tail.removeLast() }
            guard let n = Int(tail), (12...24).contains(n) else {
                throw fail("expected months per year (12 to 24) after '\(s[marker])'")
            }
            months = n
            s = String(s[..<marker])
        } else if s.hasSuffix("薪") {
            throw fail("'薪' must follow a month count, as in ·14薪")
        }
        for (suffix, p) in suffixes where s.hasSuffix(suffix) {
            if period != nil && period != p { throw fail("two different periods") }
            s.removeLast(suffix.count)
            period = p
            break
        }
        var currency = "CNY"
        for (mark, code) in [("$", "USD"), ("usd", "USD"), ("¥", "CNY"), ("rmb", "CNY"), ("cny", "CNY"), ("€", "EUR"), ("eur", "EUR")] where s.contains(mark) {
            s = s.replacingOccurrences(of: mark, with: "")
            currency = code
        }
        let bounds = try amounts(in: s, fail: fail)
        let resolved = period ?? defaultPeriod(currency: currency, maximum: bounds.1)
        if months != nil && resolved != .month { throw fail("months per year only go with monthly pay") }
        return Pay(text: text, minimum: bounds.0, maximum: bounds.1, currency: currency,
                   period: resolved, monthsPerYear: months)
    }

    /// `120,000` → `120000`: a comma between a digit and three digits is a thousands separator.
    static func withoutThousandsSeparators(_ s: String) -> String {
        let chars = Array(s)
        var out = ""
        for (i, c) in chars.enumerated() {
            if c == ",", i > 0, chars[i - 1].isASCII, chars[i - 1].isNumber, i + 3 < chars.count + 0,
               chars[(i + 1)...].prefix(3).count == 3, chars[(i + 1)...].prefix(3).allSatisfy({ $0.isASCII && $0.isNumber }),
               i + 4 >= chars.count || !(chars[i + 4].isASCII && chars[i + 4].isNumber) {
                continue
            }
            out.append(c)
        }
        return out
    }

    static func defaultPeriod(currency: String, maximum: Int64) -> Pay.Period {
        if currency == "USD" { return .year }
        return maximum >= 100_000 ? .year : .month
    }

    /// The (minimum, maximum) of `s`, a single amount or a range, with units applied.
    static func amounts(in s: String, fail: (String) -> Failure) throws(Failure) -> (Int64, Int64) {
        // 三四千: two adjacent Chinese digits and a unit.
        if let unitChar = s.last, let unit = units[unitChar], let (a, b) = ChineseNumeral.adjacentRange(String(s.dropLast())) {
            return (Int64(a) * unit, Int64(b) * unit)
        }
        let separators: Set<Character> = ["-", "~", "–", "—", "至", "到"]
        let parts = s.split(omittingEmptySubsequences: false, whereSeparator: { separators.contains($0) })
        guard parts.count <= 2 else { throw fail("more than one range separator") }
        var readings = try parts.map { part throws(Failure) in try amount(in: String(part), fail: fail) }
        if readings.count == 2 {
            // "1-1.5万": the unit written once applies to both ends.
            if readings[0].unit == nil { readings[0].unit = readings[1].unit }
        }
        let values = try readings.map { r throws(Failure) -> Int64 in
            let unit = r.unit ?? 1
            let (product, overflow) = r.milli.multipliedReportingOverflow(by: unit)
            guard !overflow, product / 1000 <= maximumAmount else { throw fail("amount out of range") }
            guard product % 1000 == 0 else { throw fail("amount is not a whole number of currency units") }
            return product / 1000
        }
        let low = values[0], high = values.count == 2 ? values[1] : values[0]
        guard low <= high else { throw fail("range minimum is above its maximum") }
        return (low, high)
    }

    struct Reading {
        var milli: Int64
        var unit: Int64?
    }

    /// One amount: a decimal number (or a small Chinese numeral) and an optional unit.
    static func amount(in part: String, fail: (String) -> Failure) throws(Failure) -> Reading {
        var body = part
        var unit: Int64?
        if let last = body.last, let u = units[last] {
            unit = u
            body.removeLast()
            // 1.5万元, 15k元
            if u == 1, let prior = body.last, let u2 = units[prior] {
                unit = u2
                body.removeLast()
            }
        }
        if body.isEmpty { throw fail("missing number") }
        if let n = ChineseNumeral.value(of: body) { return Reading(milli: Int64(n) * 1000, unit: unit) }
        let pieces = body.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count <= 2, let whole = pieces.first, !whole.isEmpty, whole.count <= 13,
              whole.allSatisfy(\.isASCII), let w = Int64(whole)
        else { throw fail("unexpected \"\(body)\"") }
        var milli = w * 1000
        if pieces.count == 2 {
            let fraction = pieces[1]
            guard !fraction.isEmpty, fraction.count <= 3, fraction.allSatisfy(\.isASCII), let f = Int64(fraction) else {
                throw fail("unexpected \"\(body)\"")
            }
            milli += f * Int64([1, 100, 10, 1][fraction.count])
        }
        return Reading(milli: milli, unit: unit)
    }
}
