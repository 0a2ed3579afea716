/// Where facts come from: an article, a report, a user's own interview notes.
public struct Source: Codable, Sendable, Hashable, Identifiable, SlugIdentified {
    public typealias ID = Identifier<Source>

    /// Whether the source is already published (`public`) or the user's own material (`private`).
    public enum Visibility: String, TextEnum {
        case `public`
        case `private`
    }

    public var id: ID
    public var title: String
    public var publisher: String?
    public var author: String?
    public var url: String?
    public var published: FuzzyDate?
    /// A BCP 47 language tag such as `zh` or `en`.
    public var language: String?
    /// Absent in input means `private`: the store always holds an explicit value.
    public var visibility: Visibility?
    public var note: String?

    public init(
        id: ID, title: String, publisher: String? = nil, author: String? = nil, url: String? = nil,
        published: FuzzyDate? = nil, language: String? = nil, visibility: Visibility? = .private,
        note: String? = nil
    ) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.author = author
        self.url = url
        self.published = published
        self.language = language
        self.visibility = visibility
        self.note = note
    }

    /// The visibility that reports honour: `private` unless the source says it is public.
    public var effectiveVisibility: Visibility { visibility ?? .private }
}
