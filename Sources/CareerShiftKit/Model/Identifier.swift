import Foundation

/// A typed identifier: `Case.ID` and `Source.ID` are both strings underneath, but one cannot be
/// passed where the other is wanted.
public struct Identifier<Owner>: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        if let kind = (Owner.self as? any TaxonomyEntry.Type)?.taxonomyKind,
           let taxonomy = decoder.userInfo[.taxonomy] as? Taxonomy
        {
            switch taxonomy.resolve(text, as: kind) {
            case .success(let id):
                self.rawValue = id
            case .failure(let problem):
                throw DecodingError.dataCorruptedError(in: container, debugDescription: problem.message)
            }
            return
        }
        if (Owner.self as? any SlugIdentified.Type) != nil, let problem = Slug.problem(with: text) {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: problem)
        }
        self.rawValue = text
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension CodingUserInfoKey {
    /// The taxonomy that role, industry and tool references are resolved against while decoding
    /// user input. Absent when decoding the store's own documents, which hold canonical ids.
    public static let taxonomy = CodingUserInfoKey(rawValue: "careershift.taxonomy")!
}

/// A type whose ids are slugs chosen by the user (cases, sources, observations).
public protocol SlugIdentified {}

/// The rules for user-chosen ids: stable, readable, safe in file names and URLs.
public enum Slug {
    /// What is wrong with `text` as an id, or nil when it is a valid slug.
    public static func problem(with text: String) -> String? {
        if text.isEmpty { return "an id cannot be empty" }
        if text.count > 100 { return "id \"\(text)\" is longer than 100 characters" }
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-_.")
        guard let first = text.first, first.isASCII, first.isLetter || first.isNumber,
              text.allSatisfy({ allowed.contains($0) })
        else {
            return "id \"\(text)\" must be lower-case ASCII letters, digits, '-', '_' or '.', starting with a letter or digit"
        }
        return nil
    }
}
