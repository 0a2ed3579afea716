import Foundation

/// The flat, one-case-per-row view of cases used by CSV files, `careershift add` flags and CSV
/// export. It holds the main facts only; YAML and JSON hold everything.
public enum CaseTable {
    /// The columns, in export order.
    public static let columns = [
        "id", "name", "pseudonym", "birth_year", "education", "school_tier", "city", "source_title",
        "source_url", "published", "source_visibility", "from_industry", "from_role", "pay_before",
        "to_role", "pay_after", "outcome", "applications", "interviews", "offers_fulltime",
        "offers_intern", "decided", "landed", "driver", "notes",
    ]

    /// The source id given to rows without a source title or URL.
    public static let ownNotesSource = Source(
        id: "own-notes", title: "Own notes (no source given)", visibility: .private)

    /// Reads a CSV file of cases (see `columns`; `id`, `to_role` and one of `from_industry` or
    /// `from_role` are required). Every problem of the file is reported at once.
    public static func read(path: String, taxonomy: Taxonomy) throws(InputRejected) -> CaseFile {
        try read(text: try InputText.read(path: path), file: path, taxonomy: taxonomy)
    }

    /// Reads CSV text; `file` names it in diagnostics.
    public static func read(text: String, file: String, taxonomy: Taxonomy) throws(InputRejected) -> CaseFile {
        try readLocated(text: text, file: file, taxonomy: taxonomy).content
    }

    /// Reads CSV text and says on which line each case (and the first row of each source) is.
    static func readLocated(text: String, file: String, taxonomy: Taxonomy) throws(InputRejected) -> (content: CaseFile, lines: EntryLines) {
        let rows = try CSV.rows(text, file: file)
        guard let header = rows.first else { return (CaseFile(), EntryLines()) }
        var diagnostics: [Diagnostic] = []
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        for (i, name) in names.enumerated() where !columns.contains(name) {
            diagnostics.append(Diagnostic(
                file: file, line: header.line, field: name.isEmpty ? "column \(i + 1)" : name,
                message: "unknown column; known columns: \(columns.joined(separator: ","))"))
        }
        for (i, name) in names.enumerated() where names[..<i].contains(name) && columns.contains(name) {
            diagnostics.append(Diagnostic(file: file, line: header.line, field: name, message: "column appears twice"))
        }
        var missing = ["id", "to_role"].filter { !names.contains($0) }
        if !names.contains("from_industry") && !names.contains("from_role") { missing.append("from_industry or from_role") }
        for name in missing {
            diagnostics.append(Diagnostic(file: file, line: header.line, field: name, message: "required column is missing"))
        }
        if !diagnostics.isEmpty { throw InputRejected(diagnostics) }

        var result = CaseFile()
        var sourceRows: [Source.ID: (source: Source, line: Int)] = [:]
        var sourceOrder: [Source.ID] = []
        var visibilityLines: [Source.ID: Int] = [:]
        func explicitVisibility(_ cells: [String: String]) -> Bool {
            !(cells["source_visibility"] ?? "").trimmingCharacters(in: .whitespaces).isEmpty
        }
        var caseLines: [Case.ID: Int] = [:]
        for row in rows.dropFirst() {
            // Spreadsheets often save empty trailing rows as ",,,": they hold nothing.
            if row.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard row.fields.count == names.count else {
                diagnostics.append(Diagnostic(
                    file: file, line: row.line, field: nil,
                    message: "expected \(names.count) fields as in the header, found \(row.fields.count)"))
                continue
            }
            var cells: [String: String] = [:]
            for (name, value) in zip(names, row.fields) { cells[name] = value }
            let located = { (field: String, message: String) in
                diagnostics.append(Diagnostic(file: file, line: row.line, field: field, message: message))
            }
            guard let (entry, source) = makeCase(cells, taxonomy: taxonomy, problem: located) else { continue }
            if let first = caseLines[entry.id] {
                located("id", "duplicate id \"\(entry.id)\": already used on line \(first)")
                continue
            }
            caseLines[entry.id] = row.line
            if let known = sourceRows[source.id] {
                // Rows of one source may leave its columns empty; values given must agree.
                var merged = known.source
                if let published = source.published {
                    if let earlier = merged.published, earlier != published {
                        located("published", "source \"\(source.title)\" was published \(earlier) on line \(known.line), not \(published)")
                    }
                    merged.published = published
                }
                if explicitVisibility(cells) {
                    if let line = visibilityLines[source.id], merged.visibility != source.visibility {
                        located("source_visibility", "source \"\(source.title)\" is \(merged.effectiveVisibility.rawValue) on line \(line), not \(source.effectiveVisibility.rawValue)")
                    }
                    merged.visibility = source.visibility
                    visibilityLines[source.id] = visibilityLines[source.id] ?? row.line
                }
                sourceRows[source.id] = (merged, known.line)
            } else {
                sourceRows[source.id] = (source, row.line)
                sourceOrder.append(source.id)
                if explicitVisibility(cells) { visibilityLines[source.id] = row.line }
            }
            result.cases.append(entry)
        }
        result.sources = sourceOrder.compactMap { sourceRows[$0]?.source }
        if !diagnostics.isEmpty { throw InputRejected(diagnostics) }
        return (result, EntryLines(lines: [
            "cases": result.cases.compactMap { caseLines[$0.id] },
            "sources": sourceOrder.compactMap { sourceRows[$0]?.line },
        ]))
    }

    /// Builds a case and its source from column values (empty = unknown). Problems go to `problem`
    /// as (column, message); the result is nil when there was any.
    public static func makeCase(
        _ cells: [String: String], taxonomy: Taxonomy, problem: (String, String) -> Void
    ) -> (Case, Source)? {
        var failed = false
        func report(_ column: String, _ message: String) {
            failed = true
            problem(column, message)
        }
        func text(_ column: String) -> String? {
            guard let value = cells[column]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
            return value
        }
        func parsed<T>(_ column: String, _ read: (String) -> T?, expected: String) -> T? {
            guard let value = text(column) else { return nil }
            guard let result = read(value) else {
                report(column, "cannot read \"\(value)\" as \(expected)")
                return nil
            }
            return result
        }
        func textEnum<E: TextEnum>(_ column: String, _ type: E.Type) -> E? {
            guard let value = text(column) else { return nil }
            guard let result = E(text: value) else {
                report(column, "unknown value \"\(value)\"; expected one of \(E.spellings)")
                return nil
            }
            return result
        }
        func reference(_ column: String, _ kind: Taxonomy.Kind) -> String? {
            guard let value = text(column) else { return nil }
            switch taxonomy.resolve(value, as: kind) {
            case .success(let id): return id
            case .failure(let unresolved):
                report(column, unresolved.message)
                return nil
            }
        }
        func pay(_ column: String) -> Pay? {
            guard let value = text(column) else { return nil }
            do {
                return try PayParser.parse(value)
            } catch {
                report(column, error.message)
                return nil
            }
        }
        func date(_ column: String) -> FuzzyDate? {
            guard let value = text(column) else { return nil }
            do {
                return try DateParser.parse(value)
            } catch {
                report(column, error.message)
                return nil
            }
        }
        func count(_ column: String) -> Count? { parsed(column, Count.init(text:), expected: "a count (20, or 20+ for at least 20)") }

        let id = text("id")
        if id == nil { report("id", "required field is missing") }
        if let id, let problem = Slug.problem(with: id) { report("id", problem) }
        let toRole = reference("to_role", .role)
        if text("to_role") == nil { report("to_role", "required field is missing") }
        let fromIndustry = reference("from_industry", .industry)
        let fromRole = reference("from_role", .role)
        if text("from_industry") == nil && text("from_role") == nil {
            report("from_industry", "either from_industry or from_role is required")
        }
        let pseudonym = parsed("pseudonym", yesNo, expected: "true or false")
        let born = parsed("birth_year", Cohort.init(text:), expected: "a birth year or cohort (1998, 1995-1999, 95后)")
        let level = textEnum("education", Education.Level.self)
        let tier = textEnum("school_tier", Education.Tier.self)
        let visibility = textEnum("source_visibility", Source.Visibility.self)
        let published = date("published")
        let payBefore = pay("pay_before")
        let payAfter = pay("pay_after")
        let outcome = textEnum("outcome", Outcome.self)
        let applications = count("applications"), interviews = count("interviews")
        let offersFullTime = count("offers_fulltime"), offersInternship = count("offers_intern")
        let decided = date("decided"), landedOn = date("landed")
        let drivers = parsed("driver", driverList, expected: "push, pull or forced (kind:reason; several separated by ;)")
        if text("source_title") == nil && text("source_url") == nil {
            for column in ["published", "source_visibility"] where text(column) != nil {
                report(column, "needs source_title or source_url: cases without a source go to the private \"\(ownNotesSource.id)\" notes")
            }
        }
        guard !failed, let id, let toRole else { return nil }

        let source: Source
        if let title = text("source_title") ?? text("source_url") {
            source = Source(
                id: Source.ID(sourceID(title: title, url: text("source_url"))), title: title,
                url: text("source_url"), published: published, visibility: visibility ?? .private)
        } else {
            source = ownNotesSource
        }
        let education = level == nil && tier == nil ? nil : Education(level: level, tier: tier)
        let persona = Persona(name: text("name"), pseudonym: pseudonym, born: born, city: text("city"), education: education)
        let origin = Job(industry: fromIndustry.map { Industry.ID($0) }, role: fromRole.map { Role.ID($0) }, pay: payBefore)
        var landed: Job?
        if outcome == .landed || outcome == .reassigned || payAfter != nil || landedOn != nil {
            landed = Job(role: Role.ID(toRole), pay: payAfter, from: landedOn)
        }
        let hasFunnel = [applications, interviews, offersFullTime, offersInternship].contains { $0 != nil }
        let entry = Case(
            id: Case.ID(id), persona: persona, origin: origin, targets: [Role.ID(toRole)], landed: landed,
            outcome: outcome, decided: decided, drivers: drivers,
            funnel: hasFunnel ? Funnel(applications: applications, interviews: interviews, offersFullTime: offersFullTime, offersInternship: offersInternship) : nil,
            notes: text("notes").map { [$0] }, sources: [source.id])
        return (entry, source)
    }

    /// A stable id for a source known only by title and URL.
    static func sourceID(title: String, url: String?) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in (title + "\u{1F}" + (url ?? "")).utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        return "src-" + String(hash, radix: 16).leftPadded(to: 16)
    }

    static func yesNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "y", "1", "是": return true
        case "false", "no", "n", "0", "否": return false
        default: return nil
        }
    }

    /// `push`, `push:saturation`, `push:saturation;pull:growth`.
    static func driverList(_ text: String) -> [Driver]? {
        var drivers: [Driver] = []
        for item in text.split(separator: ";") {
            let parts = item.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map { String($0) }
            guard let first = parts.first, let kind = Driver.Kind(text: first) else { return nil }
            var reason: Driver.Reason?
            if parts.count == 2 {
                guard let r = Driver.Reason(text: parts[1]) else { return nil }
                reason = r
            }
            drivers.append(Driver(kind: kind, reason: reason))
        }
        return drivers.isEmpty ? nil : drivers
    }

    /// True when a case has what a CSV row needs to be read back: a role sought (or landed) and an
    /// origin industry or role.
    public static func isComplete(_ entry: Case) -> Bool {
        (entry.targets?.first ?? entry.landed?.role) != nil
            && (entry.origin?.industry != nil || entry.origin?.role != nil)
    }

    /// The row for a case: the flat projection onto `columns`.
    public static func row(for entry: Case, sources: [Source.ID: Source]) -> [String] {
        let source = entry.sources?.first.flatMap { sources[$0] }
        let hasSource = source != nil && source?.id != ownNotesSource.id
        let values: [String: String?] = [
            "id": entry.id.rawValue,
            "name": entry.persona.name,
            "pseudonym": entry.persona.pseudonym.map { $0 ? "true" : "false" },
            "birth_year": entry.persona.born?.description,
            "education": entry.persona.education?.level?.rawValue,
            "school_tier": entry.persona.education?.tier?.rawValue,
            "city": entry.persona.city,
            "source_title": hasSource ? source?.title : nil,
            "source_url": hasSource ? source?.url : nil,
            "published": hasSource ? source?.published?.description : nil,
            "source_visibility": hasSource ? source?.effectiveVisibility.rawValue : nil,
            "from_industry": entry.origin?.industry?.rawValue,
            "from_role": entry.origin?.role?.rawValue,
            "pay_before": entry.origin?.pay?.text,
            "to_role": (entry.targets?.first ?? entry.landed?.role)?.rawValue,
            "pay_after": entry.landed?.pay?.text,
            "outcome": entry.outcome?.rawValue,
            "applications": entry.funnel?.applications?.description,
            "interviews": entry.funnel?.interviews?.description,
            "offers_fulltime": entry.funnel?.offersFullTime?.description,
            "offers_intern": entry.funnel?.offersInternship?.description,
            "decided": entry.decided?.description,
            "landed": entry.landed?.from?.description,
            "driver": entry.drivers.map { $0.map { d in d.reason.map { "\(d.kind.rawValue):\($0.rawValue)" } ?? d.kind.rawValue }.joined(separator: ";") },
            "notes": entry.notes.map { $0.joined(separator: "\n") },
        ]
        return columns.map { (values[$0] ?? nil) ?? "" }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
