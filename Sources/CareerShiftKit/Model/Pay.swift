/// Pay as a source states it: the original text, and the amounts read from it in integer currency
/// units. Monthly and annual figures are derived with the constants of `PayConversion`, and
/// `formula` says how.
public struct Pay: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The unit of time an amount is paid per.
    public enum Period: String, TextEnum {
        case hour, day, week, month, year
    }

    /// The text as written, e.g. `15-25K·14薪`.
    public var text: String
    /// The lower (or only) amount per `period`; nil when negotiable (面议).
    public var minimum: Int64?
    /// The upper amount per `period`; equal to `minimum` for a single figure.
    public var maximum: Int64?
    /// ISO 4217 code: `CNY` unless the text says otherwise.
    public var currency: String
    public var period: Period?
    /// Months paid per year when the text says so (`·14薪`).
    public var monthsPerYear: Int?

    public init(
        text: String, minimum: Int64?, maximum: Int64?, currency: String = "CNY",
        period: Period?, monthsPerYear: Int? = nil
    ) {
        self.text = text
        self.minimum = minimum
        self.maximum = maximum
        self.currency = currency
        self.period = period
        self.monthsPerYear = monthsPerYear
    }

    /// Reads pay text; see `PayParser` for what it accepts.
    public init(parsing text: String) throws(PayParser.Failure) {
        self = try PayParser.parse(text)
    }

    /// True for 面议 and the like: no amount.
    public var isNegotiable: Bool { minimum == nil }

    /// Monthly pay (lower, upper), before any extra months: see `formula`.
    public var monthly: ClosedRange<Int64>? { range { PayConversion.monthly($0, per: $1) } }

    /// Annual pay (lower, upper), counting `monthsPerYear` for monthly pay.
    public var annual: ClosedRange<Int64>? {
        range { amount, period in
            switch period {
            case .month: amount * Int64(monthsPerYear ?? 12)
            case .year: amount
            default: PayConversion.annual(amount, per: period)
            }
        }
    }

    /// How monthly and annual figures were derived, for reports.
    public var formula: String {
        guard let period else { return "negotiable: no amount" }
        let months = monthsPerYear ?? 12
        switch period {
        case .month: return "monthly as stated; annual = monthly × \(months)"
        case .year: return "annual as stated; monthly = annual ÷ 12"
        case .week: return "monthly = weekly × 52 ÷ 12; annual = monthly × 12"
        case .day: return "monthly = daily × \(PayConversion.workingDaysText) working days; annual = monthly × 12"
        case .hour:
            return "monthly = hourly × \(PayConversion.hoursPerDay) hours × \(PayConversion.workingDaysText) working days; annual = monthly × 12"
        }
    }

    public var description: String { text }

    private func range(_ convert: (Int64, Period) -> Int64) -> ClosedRange<Int64>? {
        guard let minimum, let maximum, let period else { return nil }
        return convert(minimum, period)...convert(maximum, period)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try PayParser.parse(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

/// The named constants used to turn hourly, daily and weekly pay into monthly pay.
public enum PayConversion {
    /// Average working days per month in China's labour rules: 21.75, kept as 2175/100.
    public static let workingDaysPerMonthHundredths: Int64 = 2175
    public static let workingDaysText = "21.75"
    /// Working hours per day.
    public static let hoursPerDay: Int64 = 8
    public static let weeksPerYear: Int64 = 52

    /// `amount` per `period` as a monthly amount, rounded half up to whole units.
    public static func monthly(_ amount: Int64, per period: Pay.Period) -> Int64 {
        switch period {
        case .month: return amount
        case .year: return divided(amount, by: 12)
        case .week: return divided(amount * weeksPerYear, by: 12)
        case .day: return divided(amount * workingDaysPerMonthHundredths, by: 100)
        case .hour: return divided(amount * hoursPerDay * workingDaysPerMonthHundredths, by: 100)
        }
    }

    /// `amount` per day, hour or week as an annual amount, rounded once at the end.
    public static func annual(_ amount: Int64, per period: Pay.Period) -> Int64 {
        switch period {
        case .month: return amount * 12
        case .year: return amount
        case .week: return amount * weeksPerYear
        case .day: return divided(amount * workingDaysPerMonthHundredths * 12, by: 100)
        case .hour: return divided(amount * hoursPerDay * workingDaysPerMonthHundredths * 12, by: 100)
        }
    }

    static func divided(_ value: Int64, by divisor: Int64) -> Int64 {
        (value + divisor / 2) / divisor
    }
}
