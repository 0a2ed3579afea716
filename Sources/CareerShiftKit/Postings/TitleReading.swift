import Foundation

/// One row of a postings file as the classifier reads it: what `postings classify` prints.
public struct TitleReading: Sendable, Equatable {
    /// The line the row starts on in the file (nil for a title given on the command line).
    public var line: Int?
    public var title: String
    public var tags: String?
    /// The role, its layer and the flags, confidence and evidence.
    public var role: Role?
    /// The occupation head (`TitleClassifier.Classification.head`): what the AI pay premium
    /// compares the posting with.
    public var head: Role?
    public var classification: TitleClassifier.Classification

    public init(line: Int?, title: String, tags: String?, classifier: TitleClassifier) {
        self.line = line
        self.title = title
        self.tags = tags
        classification = classifier.classification(of: title, tags: tags)
        role = classification.role.map { classifier.roles[$0] }
        head = classification.head.map { classifier.roles[$0] }
    }

    /// The layer, when a role was found.
    public var layer: Layer? { role?.layer }
}

extension TitleReading {
    /// Reads every row of the postings file at `path` with the same column recognition as
    /// `postings import` and hands its reading to `body`, in file order. A row whose title is
    /// empty or not UTF-8 is handed over with an empty title and no role; a line equal to the
    /// header is skipped. Returns the header of the column read for each field.
    @discardableResult
    public static func read(path: String, columns overrides: [PostingColumns.Field: String] = [:], classifier: TitleClassifier,
                            _ body: (TitleReading) throws -> Void) throws -> [PostingColumns.Field: String] {
        let (reader, header, columns) = try PostingReader.open(path: path, overrides: overrides)
        let titleIndex = columns.index[.title]!
        let tagsIndex = columns.index[.tags]
        var cache: [String: TitleReading] = [:]
        let headerLine = HeaderLine(header, title: titleIndex)
        while try reader.next() {
            if headerLine.repeats(in: reader) { continue }
            let line = reader.line
            let title = reader.trimmed(titleIndex).flatMap(RecordReader.string) ?? ""
            let tags = tagsIndex.flatMap { reader.trimmed($0) }.flatMap(RecordReader.string)
            let key = title + "\u{1F}" + (tags ?? "")
            var reading = cache[key] ?? TitleReading(line: line, title: title, tags: tags, classifier: classifier)
            if cache.count < 50_000 { cache[key] = reading }
            reading.line = line
            try body(reading)
        }
        return columns.index.mapValues { header[$0] }
    }
}
