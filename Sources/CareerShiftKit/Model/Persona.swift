/// The person behind a case, as far as the source tells.
public struct Persona: Codable, Sendable, Hashable {
    public var name: String?
    /// True when the source marks the name as a pseudonym (化名).
    public var pseudonym: Bool?
    public var born: Cohort?
    public var hometown: String?
    /// Where the person lives now (after the move, when known).
    public var city: String?
    public var education: Education?
    public var note: String?

    public init(
        name: String? = nil, pseudonym: Bool? = nil, born: Cohort? = nil, hometown: String? = nil,
        city: String? = nil, education: Education? = nil, note: String? = nil
    ) {
        self.name = name
        self.pseudonym = pseudonym
        self.born = born
        self.hometown = hometown
        self.city = city
        self.education = education
        self.note = note
    }
}

/// Highest education, as the source tells it.
public struct Education: Codable, Sendable, Hashable {
    public enum Level: String, TextEnum, Comparable {
        case highSchool = "high-school"
        /// Includes self-study degrees (自考大专).
        case associate
        case bachelor
        case master
        case phd

        public static var otherSpellings: [String: Level] {
            ["高中": .highSchool, "大专": .associate, "专科": .associate, "自考大专": .associate,
             "本科": .bachelor, "硕士": .master, "研究生": .master, "博士": .phd, "doctorate": .phd]
        }

        public static func < (lhs: Level, rhs: Level) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// The tier of the school: China's 985 and 211 lists, a school abroad, or another school.
    public enum Tier: String, TextEnum {
        case tier985 = "985"
        case tier211 = "211"
        case overseas
        case other

        public static var otherSpellings: [String: Tier] { ["海外": .overseas, "abroad": .overseas] }
    }

    public var level: Level?
    public var tier: Tier?
    public var major: String?
    /// True while the degree is still being studied for.
    public var inProgress: Bool?
    /// False for part-time or self-study degrees (自考).
    public var fullTime: Bool?
    public var note: String?

    public init(
        level: Level? = nil, tier: Tier? = nil, major: String? = nil, inProgress: Bool? = nil,
        fullTime: Bool? = nil, note: String? = nil
    ) {
        self.level = level
        self.tier = tier
        self.major = major
        self.inProgress = inProgress
        self.fullTime = fullTime
        self.note = note
    }
}

/// A birth year, or a cohort such as 95后 (born 1995–1999). Written as `1998`, `1995-1999` or `95后`.
public struct Cohort: Codable, Sendable, Hashable, CustomStringConvertible {
    public var from: Int
    public var to: Int

    public init(year: Int) {
        from = year
        to = year
    }

    public init(from: Int, to: Int) {
        self.from = from
        self.to = to
    }

    /// Reads `1998`, `1995-1999`, `95后`, `00后`; nil for anything else.
    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let year = Int(t), (1900...2100).contains(year) {
            self.init(year: year)
        } else if t.hasSuffix("后"), let short = Int(t.dropLast()), t.count == 3 {
            let start = short >= 30 ? 1900 + short : 2000 + short
            self.init(from: start, to: start + (short % 10 == 0 ? 9 : 4))
        } else {
            let parts = t.split(separator: "-")
            guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]),
                  (1900...2100).contains(a), (a...2100).contains(b)
            else { return nil }
            self.init(from: a, to: b)
        }
    }

    public var description: String { from == to ? "\(from)" : "\(from)-\(to)" }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Cohort(text: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "cannot read \"\(text)\" as a birth year or cohort (1998, 1995-1999, 95后)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

import Foundation
