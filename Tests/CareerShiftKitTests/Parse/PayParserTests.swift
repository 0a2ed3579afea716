import Testing
@testable import CareerShiftKit

@Suite("Pay parser")
struct PayParserTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var min: Int64?
        var max: Int64?
        var period: Pay.Period?
        var currency = "CNY"
        var months: Int? = nil
        var monthly: ClosedRange<Int64>?
        var annual: ClosedRange<Int64>?
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "15k", min: 15000, max: 15000, period: .month, monthly: 15000...15000, annual: 180000...180000),
        Case(text: "18K", min: 18000, max: 18000, period: .month, monthly: 18000...18000, annual: 216000...216000),
        Case(text: "15-25K·14薪", min: 15000, max: 25000, period: .month, months: 14, monthly: 15000...25000, annual: 210000...350000),
        Case(text: "30-55K·15薪", min: 30000, max: 55000, period: .month, months: 15, monthly: 30000...55000, annual: 450000...825000),
        Case(text: "15K*14", min: 15000, max: 15000, period: .month, months: 14, monthly: 15000...15000, annual: 210000...210000),
        Case(text: "1-1.5万/月", min: 10000, max: 15000, period: .month, monthly: 10000...15000, annual: 120000...180000),
        Case(text: "20-40万/年", min: 200000, max: 400000, period: .year, monthly: 16667...33333, annual: 200000...400000),
        Case(text: "年薪50-80万", min: 500000, max: 800000, period: .year, monthly: 41667...66667, annual: 500000...800000),
        Case(text: "月薪18k", min: 18000, max: 18000, period: .month, monthly: 18000...18000, annual: 216000...216000),
        Case(text: "6-8千/月", min: 6000, max: 8000, period: .month, monthly: 6000...8000, annual: 72000...96000),
        Case(text: "3-4千", min: 3000, max: 4000, period: .month, monthly: 3000...4000, annual: 36000...48000),
        Case(text: "三四千", min: 3000, max: 4000, period: .month, monthly: 3000...4000, annual: 36000...48000),
        Case(text: "200-250元/天", min: 200, max: 250, period: .day, monthly: 4350...5438, annual: 52200...65250),
        Case(text: "50元/时", min: 50, max: 50, period: .hour, monthly: 8700...8700, annual: 104400...104400),
        Case(text: "200万", min: 2_000_000, max: 2_000_000, period: .year, monthly: 166667...166667, annual: 2_000_000...2_000_000),
        Case(text: "$120k", min: 120000, max: 120000, period: .year, currency: "USD", monthly: 10000...10000, annual: 120000...120000),
        Case(text: "$53K-$91K", min: 53000, max: 91000, period: .year, currency: "USD", monthly: 4417...7583, annual: 53000...91000),
        Case(text: "１５－２５Ｋ", min: 15000, max: 25000, period: .month, monthly: 15000...25000, annual: 180000...300000),
        Case(text: "8000元/月", min: 8000, max: 8000, period: .month, monthly: 8000...8000, annual: 96000...96000),
        Case(text: "$120,000", min: 120000, max: 120000, period: .year, currency: "USD", monthly: 10000...10000, annual: 120000...120000),
        Case(text: "15,000元/月", min: 15000, max: 15000, period: .month, monthly: 15000...15000, annual: 180000...180000),
        Case(text: "1000/week", min: 1000, max: 1000, period: .week, monthly: 4333...4333, annual: 52000...52000),
    ]

    @Test("reads every documented format", arguments: cases)
    func reads(_ expected: Case) throws {
        let pay = try PayParser.parse(expected.text)
        #expect(pay.text == expected.text)
        #expect(pay.minimum == expected.min)
        #expect(pay.maximum == expected.max)
        #expect(pay.period == expected.period)
        #expect(pay.currency == expected.currency)
        #expect(pay.monthsPerYear == expected.months)
        #expect(pay.monthly == expected.monthly)
        #expect(pay.annual == expected.annual)
    }

    @Test("面议 is negotiable: no amount, never zero")
    func negotiable() throws {
        let pay = try PayParser.parse("面议")
        #expect(pay.isNegotiable)
        #expect(pay.minimum == nil && pay.monthly == nil && pay.annual == nil)
        #expect(pay.formula == "negotiable: no amount")
    }

    @Test("formulas name the constants", arguments: [
        ("200-250元/天", "monthly = daily × 21.75 working days; annual = monthly × 12"),
        ("50元/时", "monthly = hourly × 8 hours × 21.75 working days; annual = monthly × 12"),
        ("15-25K·14薪", "monthly as stated; annual = monthly × 14"),
        ("年薪50-80万", "annual as stated; monthly = annual ÷ 12"),
    ])
    func formulas(_ text: String, _ formula: String) throws {
        #expect(try PayParser.parse(text).formula == formula)
    }

    @Test("unreadable text is an error that quotes it", arguments: [
        ("15-25Kx", "cannot read \"15-25Kx\" as pay: expected months per year (12 to 24) after 'x'"),
        ("abc", "cannot read \"abc\" as pay: unexpected \"abc\""),
        ("", "cannot read \"\" as pay: empty"),
        ("25-15K", "cannot read \"25-15K\" as pay: range minimum is above its maximum"),
        ("99999999999万", "cannot read \"99999999999万\" as pay: amount out of range"),
        ("1.2345k", "cannot read \"1.2345k\" as pay: unexpected \"1.2345\""),
        ("20万/年·14薪", "cannot read \"20万/年·14薪\" as pay: months per year only go with monthly pay"),
    ])
    func failures(_ text: String, _ message: String) {
        #expect(throws: PayParser.Failure.self) { try PayParser.parse(text) }
        do {
            _ = try PayParser.parse(text)
        } catch {
            #expect(error.message == message)
        }
    }
}
