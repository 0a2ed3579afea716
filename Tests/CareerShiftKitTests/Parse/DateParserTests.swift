import Testing
@testable import CareerShiftKit

@Suite("Date parser")
struct DateParserTests {
    @Test("reads dates with their precision", arguments: [
        ("2024", "2024", FuzzyDate.Precision.year, false),
        ("2024-05", "2024-05", .month, false),
        ("2024-05-03", "2024-05-03", .day, false),
        ("2024/5/3", "2024-05-03", .day, false),
        ("~2024-05", "~2024-05", .month, true),
        ("2024-05-late", "2024-05-late", .month, true),
        ("2024-early", "2024-early", .year, true),
        ("<2024-02-10", "<2024-02-10", .day, true),
        ("2024年5月下旬", "2024-05-late", .month, true),
        ("2024年5月上旬", "2024-05-early", .month, true),
        ("2024年5月", "2024-05", .month, false),
        ("2024年五月", "2024-05", .month, false),
        ("2024年5月3日", "2024-05-03", .day, false),
        ("2024年春节前", "<2024-02-10", .day, true),
        ("2024年初", "2024-early", .year, true),
        ("2024年底", "2024-late", .year, true),
        ("约2024年7月", "~2024-07", .month, true),
        ("2024年", "2024", .year, false),
    ])
    func reads(_ text: String, _ canonical: String, _ precision: FuzzyDate.Precision, _ approximate: Bool) throws {
        let date = try DateParser.parse(text)
        #expect(date.description == canonical)
        #expect(date.precision == precision)
        #expect(date.approximate == approximate)
        #expect(try DateParser.parse(date.description) == date, "the canonical text reads back the same")
    }

    @Test("late May 2024 spans the 21st to the 31st; before a day ends the day before")
    func spans() throws {
        let late = try DateParser.parse("2024年5月下旬")
        #expect(late.earliest == Day(2024, 5, 21))
        #expect(late.latest == Day(2024, 5, 31))
        let beforeFestival = try DateParser.parse("2024年春节前")
        #expect(beforeFestival.before)
        #expect(beforeFestival.earliest == nil)
        #expect(beforeFestival.latest == Day(2024, 2, 9))
        #expect(try DateParser.parse("2024-02").latest == Day(2024, 2, 29))
    }

    @Test("impossible dates are errors", arguments: [
        ("2024-02-30", "cannot read \"2024-02-30\" as a date: day 30 does not exist in 2024-02"),
        ("2023-13", "cannot read \"2023-13\" as a date: month 13 out of range"),
        ("May 2024", "cannot read \"May 2024\" as a date: expected YYYY, YYYY-MM or YYYY-MM-DD"),
        ("24-05", "cannot read \"24-05\" as a date: expected YYYY, YYYY-MM or YYYY-MM-DD"),
        ("1850", "cannot read \"1850\" as a date: year out of range 1900–2100"),
        ("2040年春节前", "cannot read \"2040年春节前\" as a date: no Spring Festival date known for 2040"),
    ])
    func failures(_ text: String, _ message: String) {
        do {
            _ = try DateParser.parse(text)
            Issue.record("\(text) should not parse")
        } catch {
            #expect(error.message == message)
        }
    }

    @Test("day ordinals round-trip across leap years")
    func ordinals() {
        for day in [Day(1970, 1, 1), Day(2000, 2, 29), Day(2024, 12, 31), Day(1999, 3, 1)] {
            #expect(Day(ordinal: day.ordinal) == day)
        }
        #expect(Day(1970, 1, 1).ordinal == 0)
        #expect(Day(2024, 3, 1).ordinal - Day(2024, 2, 28).ordinal == 2)
    }
}
