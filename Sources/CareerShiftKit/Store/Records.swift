import GRDB

/// A row of `source`: the current version of a source.
struct SourceRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "source"
    var id: String
    var visibility: String
    var document: String
    var recordedAt: String

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let document = Column(CodingKeys.document)
    }
}

/// A record whose entries cite sources through a table of citations.
protocol CitingRecord: PersistableRecord {
    static var citationTable: String { get }
    init(id: String, document: String, recordedAt: String)
}

/// A row of `transitionCase`: the current version of a case.
struct CaseRecord: Codable, FetchableRecord, CitingRecord {
    static let databaseTableName = "transitionCase"
    static let citationTable = "caseSource"
    var id: String
    var document: String
    var recordedAt: String

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let document = Column(CodingKeys.document)
    }
}

/// A row of `observation`: the current version of an observation.
struct ObservationRecord: Codable, FetchableRecord, CitingRecord {
    static let databaseTableName = "observation"
    static let citationTable = "observationSource"
    var id: String
    var document: String
    var recordedAt: String

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let document = Column(CodingKeys.document)
    }
}

/// A row of `caseSource` or `observationSource`: which sources a case or observation cites.
/// Foreign keys make sure every cited source exists.
struct CitationRecord: Codable, FetchableRecord, PersistableRecord {
    var entryId: String
    var sourceId: String

    enum Columns {
        static let entryId = Column(CodingKeys.entryId)
    }
}

/// A row of `history`: one insert, update or removal, with the document as it became (for a
/// removal, as it was) and when it was recorded.
struct HistoryRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "history"
    var seq: Int64?
    var entity: String
    var entityId: String
    var operation: String
    var recordedAt: String
    var document: String

    enum Columns {
        static let seq = Column(CodingKeys.seq)
        static let entity = Column(CodingKeys.entity)
        static let entityId = Column(CodingKeys.entityId)
        static let recordedAt = Column(CodingKeys.recordedAt)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        seq = inserted.rowID
    }
}
