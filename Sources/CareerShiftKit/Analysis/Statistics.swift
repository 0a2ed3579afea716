import Foundation

/// Small, exact statistics for reports.
public enum Statistics {
    /// The 95% Wilson score interval for `successes` out of `n`, as fractions (nil for n = 0).
    public static func wilson(successes: Int, of n: Int, z: Double = 1.959963984540054) -> ClosedRange<Double>? {
        guard n > 0 else { return nil }
        let p = Double(successes) / Double(n)
        let nn = Double(n)
        let denominator = 1 + z * z / nn
        let centre = (p + z * z / (2 * nn)) / denominator
        let margin = z * ((p * (1 - p) / nn + z * z / (4 * nn * nn)).squareRoot()) / denominator
        return max(0, centre - margin)...min(1, centre + margin)
    }

    /// The median of integers; for an even count, the mean of the middle two rounded half up.
    public static func median(_ values: [Int64]) -> Int64? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let mid = sorted.count / 2
        if sorted.count % 2 == 1 { return sorted[mid] }
        let sum = sorted[mid - 1] + sorted[mid]
        return sum >= 0 ? (sum + 1) / 2 : sum / 2
    }

    /// The median of `known` together with `unknownCount` more values, when it is the same whatever
    /// those values are (nil otherwise). That is when the known values at every rank the median could
    /// fall on, as the unknown ones go from lowest to highest, are equal.
    public static func medianFixed(known: [Int64], unknownCount: Int) -> Int64? {
        let sorted = known.sorted()
        let n = sorted.count + unknownCount
        guard n > 0 else { return nil }
        // Ranks of the median in the whole list; each holds known value sorted[rank - j] when j
        // unknown values sort below it, for j from 0 to unknownCount.
        let ranks = n % 2 == 1 ? [n / 2] : [n / 2 - 1, n / 2]
        var values: [Int64] = []
        for rank in ranks {
            guard rank - unknownCount >= 0, rank < sorted.count, sorted[rank - unknownCount] == sorted[rank] else { return nil }
            values.append(sorted[rank])
        }
        return median(values)
    }

    /// `part / whole` in percent, as a report value with one decimal.
    public static func percent(_ part: Int, of whole: Int) -> ReportValue {
        whole == 0 ? .missing : .rounded(Double(part) * 100 / Double(whole))
    }

    /// The change from `before` to `after` in percent (one decimal).
    public static func change(from before: Int64, to after: Int64) -> ReportValue {
        before == 0 ? .missing : .rounded(Double(after - before) * 100 / Double(before))
    }

    /// Sums counts; the result is a lower bound when any part is.
    public static func sum(_ counts: [Count]) -> Count? {
        guard !counts.isEmpty else { return nil }
        let total = counts.reduce(0) { sum, count in
            let (value, overflow) = sum.addingReportingOverflow(count.value)
            return overflow ? Int.max : value
        }
        return Count(total, atLeast: counts.contains { $0.atLeast })
    }

    /// Months between two fuzzy dates, from the middle of each one's span, with whether either
    /// end is approximate; nil when either date has no usable span.
    public static func months(from start: FuzzyDate, to end: FuzzyDate) -> (months: Double, approximate: Bool)? {
        func middle(_ date: FuzzyDate) -> Double {
            let latest = Double(date.latest.ordinal)
            guard let earliest = date.earliest else { return latest }
            return (Double(earliest.ordinal) + latest) / 2
        }
        let days = middle(end) - middle(start)
        return (days / 30.436875, start.approximate || end.approximate || start.precision != .day || end.precision != .day)
    }
}
