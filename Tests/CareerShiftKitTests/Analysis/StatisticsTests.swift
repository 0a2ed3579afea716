import Testing
@testable import CareerShiftKit

@Suite("Statistics")
struct StatisticsTests {
    @Test("Wilson intervals match hand-computed values", arguments: [
        (2, 2, 0.3424, 1.0), (0, 1, 0.0, 0.7935), (5, 10, 0.2366, 0.7634), (1, 4, 0.0456, 0.6994),
    ])
    func wilson(_ successes: Int, _ n: Int, _ low: Double, _ high: Double) throws {
        let interval = try #require(Statistics.wilson(successes: successes, of: n))
        #expect(abs(interval.lowerBound - low) < 0.0001)
        #expect(abs(interval.upperBound - high) < 0.0001)
        #expect(Statistics.wilson(successes: 0, of: 0) == nil)
    }

    @Test("medians: odd, even (mean of the middle two, rounded half up), empty")
    func medians() {
        #expect(Statistics.median([3, 1, 2]) == 2)
        #expect(Statistics.median([4, 1, 3, 2]) == 3)
        #expect(Statistics.median([15000, 18000]) == 16500)
        #expect(Statistics.median([1, 2]) == 2)
        #expect(Statistics.median([-3, -2]) == -2)
        #expect(Statistics.median([]) == nil)
    }

    @Test("sums of counts carry lower bounds")
    func sums() {
        #expect(Statistics.sum([Count(20, atLeast: true), Count(4)]) == Count(24, atLeast: true))
        #expect(Statistics.sum([Count(2), Count(3)]) == Count(5))
        #expect(Statistics.sum([]) == nil)
    }

    @Test("months between fuzzy dates use the middle of each span and flag approximate ones")
    func months() throws {
        let exact = try #require(Statistics.months(from: FuzzyDate(year: 2024, month: 1, day: 1), to: FuzzyDate(year: 2024, month: 7, day: 1)))
        #expect(abs(exact.months - 5.98) < 0.01)
        #expect(!exact.approximate)
        let late = try #require(Statistics.months(from: try DateParser.parse("2024年春节前"), to: try DateParser.parse("2024年5月下旬")))
        #expect(ReportValue.rounded(late.months) == .decimal(35, scale: 1))
        #expect(late.approximate)
    }

    @Test("report values print as written")
    func values() {
        #expect(ReportValue.decimal(429, scale: 1).text == "42.9")
        #expect(ReportValue.decimal(-5, scale: 1).text == "-0.5")
        #expect(ReportValue.decimal(7, scale: 2).text == "0.07")
        #expect(ReportValue.count(Count(20, atLeast: true)).text == "≥20")
        #expect(ReportValue.suppressed(minimum: 3).text == "<3")
        #expect(ReportValue.rounded(-16.666) == .decimal(-167, scale: 1))
    }
}
