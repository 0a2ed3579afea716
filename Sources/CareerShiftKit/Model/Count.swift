/// A count from a source, which may be a lower bound: "20多份" is written `20+` (at least 20).
public struct Count: Codable, Sendable, Hashable, CustomStringConvertible {
    public var value: Int
    /// True when the source gives only a lower bound.
    public var atLeast: Bool

    public init(_ value: Int, atLeast: Bool = false) {
        self.value = value
        self.atLeast = atLeast
    }

    /// Reads `20`, `20+`, `≥20`, `>=20`, `20多`, `二十多`, `十几` (= 10+); nil for anything else.
    public init?(text: String) {
        var t = Normalized.ascii(text).trimmingCharacters(in: .whitespaces)
        var lower = false
        for prefix in [">=", "≥"] where t.hasPrefix(prefix) {
            t.removeFirst(prefix.count)
            lower = true
        }
        for suffix in ["+", "多", "余", "几"] where t.hasSuffix(suffix) {
            t.removeLast(suffix.count)
            lower = true
        }
        if t.hasSuffix("十") && lower && t.count == 1 { t = "10" }
        guard let value = Int(t) ?? ChineseNumeral.value(of: t), value >= 0, value < 1_000_000_000 else {
            return nil
        }
        self.init(value, atLeast: lower)
    }

    public var description: String { atLeast ? "\(value)+" : "\(value)" }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self), number >= 0, number < 1_000_000_000 {
            self.init(number)
            return
        }
        let text = try container.decode(String.self)
        guard let value = Count(text: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "cannot read \"\(text)\" as a count (20, or 20+ for at least 20)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if atLeast { try container.encode(description) } else { try container.encode(value) }
    }
}
