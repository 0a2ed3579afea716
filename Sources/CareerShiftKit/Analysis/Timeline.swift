import Foundation

/// Which dates place data in time for an as-of report.
public enum ReportClock: String, TextEnum {
    /// A record's first version counts from the publication date of its sources (or from when it
    /// was recorded, when that is earlier or there is no date); later edits and removals count from
    /// when they were recorded.
    case known
    /// Every version counts from when it was recorded in the store.
    case recorded

    /// The sentence reports print about the clock.
    public var statement: String {
        switch self {
        case .known:
            return "known: a record's first version counts from its sources' publication date (or from when it was recorded, if that is earlier or undated); later edits and removals count from when they were recorded"
        case .recorded:
            return "recorded: every version counts from when it was recorded in the store"
        }
    }
}

/// The data as it stood on a day, reproduced from the store's history.
public enum Timeline {
    /// One version of a record with the day it counts from.
    struct Version {
        var sequence: Int64
        var entity: String
        var id: String
        var removed: Bool
        var document: String
        var day: Day
    }

    /// The day (UTC) of an ISO 8601 time stamp such as `2025-01-01T00:00:01.000Z`.
    static func day(of stamp: String) -> Day? {
        let parts = stamp.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return Day(parts[0], parts[1], parts[2])
    }

    /// Every version in history with the day it counts from under `clock`.
    static func versions(_ history: [HistoryEntry], clock: ReportClock) throws -> [Version] {
        var published: [String: Day] = [:]
        var seen = Set<String>()
        var versions: [Version] = []
        let decoder = JSONDecoder()
        for entry in history.sorted(by: { $0.sequence < $1.sequence }) {
            guard let recorded = day(of: entry.recordedAt) else { continue }
            var effective = recorded
            let key = entry.entity + "/" + entry.id
            let first = entry.operation == .insert && !seen.contains(key)
            seen.insert(key)
            if entry.entity == "source", let source = try? decoder.decode(Source.self, from: Data(entry.document.utf8)), let date = source.published {
                published[entry.id] = date.latest
            }
            if clock == .known && first && entry.operation != .remove {
                let sourceDay: Day?
                switch entry.entity {
                case "source": sourceDay = published[entry.id]
                case "case": sourceDay = (try? decoder.decode(Case.self, from: Data(entry.document.utf8)))?.sources?.compactMap { published[$0.rawValue] }.min()
                default: sourceDay = (try? decoder.decode(Observation.self, from: Data(entry.document.utf8)))?.sources?.compactMap { published[$0.rawValue] }.min()
                }
                if let sourceDay, sourceDay < effective { effective = sourceDay }
            }
            versions.append(Version(sequence: entry.sequence, entity: entry.entity, id: entry.id, removed: entry.operation == .remove, document: entry.document, day: effective))
        }
        return versions
    }

    /// The data as it stood at the end of `asOf` under `clock`, sorted by id.
    public static func contents(of history: [HistoryEntry], asOf: Day, clock: ReportClock) throws -> CaseFile {
        var latest: [String: Version] = [:]
        for version in try versions(history, clock: clock) where version.day <= asOf {
            let key = version.entity + "/" + version.id
            if let known = latest[key], known.sequence > version.sequence { continue }
            latest[key] = version
        }
        var result = CaseFile()
        let decoder = JSONDecoder()
        for version in latest.values where !version.removed {
            let data = Data(version.document.utf8)
            do {
                switch version.entity {
                case "source": result.sources.append(try decoder.decode(Source.self, from: data))
                case "case": result.cases.append(try decoder.decode(Case.self, from: data))
                default: result.observations.append(try decoder.decode(Observation.self, from: data))
                }
            } catch {
                throw StoreError.corruptDocument(entity: version.entity, id: version.id, reason: "\(error)")
            }
        }
        return result.sorted
    }

    /// The newest day any current version counts from: the default as-of date, so that the same
    /// database always gives the same report.
    public static func newestDay(of history: [HistoryEntry], clock: ReportClock) throws -> Day? {
        var latest: [String: Version] = [:]
        for version in try versions(history, clock: clock) { latest[version.entity + "/" + version.id] = version }
        return latest.values.map(\.day).max()
    }
}
