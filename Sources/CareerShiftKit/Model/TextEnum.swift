/// An enumeration written as text in case files, CSV cells and flags. Decoding is forgiving about
/// case and `_`/space versus `-`, and an unknown value names the accepted ones.
public protocol TextEnum: RawRepresentable, CaseIterable, Codable, Sendable, Hashable
where RawValue == String {
    /// Other spellings accepted on input, mapped to their value.
    static var otherSpellings: [String: Self] { get }
}

extension TextEnum {
    public static var otherSpellings: [String: Self] { [:] }

    /// The accepted spellings, for messages and `--help`.
    public static var spellings: String { allCases.map(\.rawValue).joined(separator: "|") }

    /// The value written as `text`, tolerating case and separators, or nil.
    public init?(text: String) {
        let folded = String(text.trimmingCharacters(in: .whitespaces).lowercased()
            .map { $0 == "_" || $0 == " " ? "-" : $0 })
        if let value = Self(rawValue: folded) ?? Self.otherSpellings[folded] {
            self = value
        } else {
            return nil
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Self(text: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "unknown value \"\(text)\"; expected one of \(Self.spellings)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

import Foundation
