import Foundation
import GRDB

extension Taxonomy {
    /// The taxonomy as canonical JSON (sorted keys): what the store keeps.
    public var canonicalJSON: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)) ?? Data()
    }

    /// FNV-1a 64 of the canonical JSON, in hex: two taxonomies with the same fingerprint classify alike.
    public var fingerprint: String {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in canonicalJSON {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        return String(hash, radix: 16).leftPadded(to: 16)
    }

    /// `version 2 (fingerprint 0123456789abcdef)`.
    public var label: String { "version \(version) (fingerprint \(fingerprint))" }
}

/// A taxonomy as the store recorded it.
public struct StoredTaxonomy: Sendable {
    public var taxonomy: Taxonomy
    public var fingerprint: String
    public var purpose: String
    public var usedAt: String
    /// Fingerprints of the taxonomies that imported postings since the last reclassify (more
    /// than one: the stored postings were classified by different definitions).
    public var postingFingerprints: Set<String>
}

extension Store {
    /// Notes that `taxonomy` classified postings or resolved cases, in the caller's transaction.
    static func recordTaxonomy(_ db: Database, _ taxonomy: Taxonomy, purpose: String, at instant: String) throws {
        let fingerprint = taxonomy.fingerprint
        let last = try Row.fetchOne(db, sql: "SELECT fingerprint, purpose FROM taxonomyUse ORDER BY seq DESC LIMIT 1")
        if let last, last["fingerprint"] as String == fingerprint, last["purpose"] as String == purpose { return }
        try db.execute(
            sql: "INSERT INTO taxonomyUse (fingerprint, version, content, purpose, usedAt) VALUES (?, ?, ?, ?, ?)",
            arguments: [fingerprint, taxonomy.version, String(decoding: taxonomy.canonicalJSON, as: UTF8.self), purpose, instant])
    }

    /// The taxonomy that last classified the store's postings or resolved its cases; nil for a
    /// store that has recorded none (made before careershift kept it).
    public func taxonomyInUse() throws -> StoredTaxonomy? {
        try writer.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT fingerprint, content, purpose, usedAt FROM taxonomyUse ORDER BY seq DESC LIMIT 1")
            else { return nil }
            let content: String = row["content"]
            let taxonomy = try JSONDecoder().decode(Taxonomy.self, from: Data(content.utf8))
            let lastReclassify = try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM taxonomyUse WHERE purpose = 'reclassify'") ?? 0
            let imports = try String.fetchAll(db, sql: "SELECT fingerprint FROM taxonomyUse WHERE purpose != 'cases' AND seq >= ?", arguments: [lastReclassify])
            return StoredTaxonomy(taxonomy: taxonomy, fingerprint: row["fingerprint"], purpose: row["purpose"], usedAt: row["usedAt"],
                                  postingFingerprints: Set(imports))
        }
    }
}
