import ArgumentParser
import CareerShiftKit
import Foundation

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add one case from flags (or the cases of a file).",
        discussion: """
            The flags are the CSV columns (see `careershift import --help` and README): --id, --to-role \
            and one of --from-industry / --from-role are required. Roles and industries are taxonomy \
            ids or any alias (`careershift taxonomy`). Cases added by hand come from a private source \
            unless --source-visibility public is given. When standard input is a terminal, missing \
            required fields are asked for.

            An id already in the store is refused; use --replace to overwrite it (the old version \
            stays in history).

            Example:
              careershift add --id ana-2024 --name Ana --from-role ui-designer --to-role AI产品经理 \\
                --pay-before 18k --pay-after 15k --outcome landed --landed 2024-09
            """)

    @OptionGroup var options: StoreOptions

    @Option(name: .customLong("from"), help: ArgumentHelp("Add the cases of this YAML, JSON or CSV file instead of flags.", valueName: "file"))
    var file: String?

    @Flag(help: "Replace a case whose id is already in the store.")
    var replace = false

    @Option var id: String?
    @Option var name: String?
    @Flag(help: "The name is a pseudonym (化名).") var pseudonym = false
    @Option(help: "Birth year or cohort: 1998, 1995-1999, 95后.") var birthYear: String?
    @Option(help: "high-school|associate|bachelor|master|phd") var education: String?
    @Option(help: "985|211|overseas|other") var schoolTier: String?
    @Option(help: "Where the person lives now.") var city: String?
    @Option var sourceTitle: String?
    @Option var sourceUrl: String?
    @Option(help: "Date the source was published: YYYY, YYYY-MM or YYYY-MM-DD.") var published: String?
    @Option(help: "public|private (default private).") var sourceVisibility: String?
    @Option(help: "Industry left (taxonomy id or alias).") var fromIndustry: String?
    @Option(help: "Role left (taxonomy id or alias).") var fromRole: String?
    @Option(help: "Pay before, as written: 18k, 15-25K·14薪, 1-1.5万/月 …") var payBefore: String?
    @Option(help: "Role sought (taxonomy id or alias).") var toRole: String?
    @Option(help: "Pay after the move.") var payAfter: String?
    @Option(help: "landed|internship-only|searching|gave-up|returned|reassigned") var outcome: String?
    @Option(help: "Applications sent; 20+ for at least 20.") var applications: String?
    @Option var interviews: String?
    @Option var offersFulltime: String?
    @Option var offersIntern: String?
    @Option(help: "When the move was decided: YYYY-MM, ~YYYY-MM …") var decided: String?
    @Option(help: "When the new job started.") var landed: String?
    @Option(help: "push|pull|forced, optionally kind:reason, several separated by ;") var driver: String?
    @Option var notes: String?

    func validate() throws {
        if file != nil && (id != nil || toRole != nil || fromRole != nil || fromIndustry != nil) {
            throw ValidationError("give either --from FILE or case flags, not both")
        }
    }

    func run() throws {
        let store = try options.openStore()
        let taxonomy = try options.taxonomy(for: store)
        let content = try rejectingInput("nothing was added") {
            if let file {
                return try CaseImport.read(paths: [file], taxonomy: taxonomy, knownSources: try store.sourceIDs())
            }
            return try CaseImport.caseFromColumns(
                askingForMissing(cells), taxonomy: taxonomy, origin: "careershift add",
                fieldName: { "--" + $0.replacingOccurrences(of: "_", with: "-") })
        }
        do {
            let summary = try CaseImport.add(content, to: store, replace: replace, taxonomy: taxonomy)
            print("added \(content.cases.map(\.id.rawValue).joined(separator: ", ")): \(summary.description)")
        } catch CaseImport.AddProblem.exists(let ids) {
            throw CommandFailure("case \(ids.map(\.rawValue).joined(separator: ", ")) is already in the store; use --replace to overwrite it")
        }
    }

    var cells: [String: String] {
        let values: [String: String?] = [
            "id": id, "name": name, "pseudonym": pseudonym ? "true" : nil, "birth_year": birthYear,
            "education": education, "school_tier": schoolTier, "city": city, "source_title": sourceTitle,
            "source_url": sourceUrl, "published": published, "source_visibility": sourceVisibility,
            "from_industry": fromIndustry, "from_role": fromRole, "pay_before": payBefore, "to_role": toRole,
            "pay_after": payAfter, "outcome": outcome, "applications": applications, "interviews": interviews,
            "offers_fulltime": offersFulltime, "offers_intern": offersIntern, "decided": decided,
            "landed": landed, "driver": driver, "notes": notes,
        ]
        return values.compactMapValues { $0 }
    }

    /// Asks for required fields on a terminal; elsewhere leaves them for the error message.
    func askingForMissing(_ cells: [String: String]) -> [String: String] {
        guard isatty(STDIN_FILENO) == 1 else { return cells }
        var cells = cells
        func ask(_ column: String, _ prompt: String) {
            guard cells[column, default: ""].isEmpty else { return }
            FileHandle.standardError.write(Data("\(prompt): ".utf8))
            if let answer = readLine(), !answer.isEmpty { cells[column] = answer }
        }
        ask("id", "id (a slug such as ana-2024)")
        ask("to_role", "role sought (taxonomy id or alias, e.g. ai-product-manager)")
        if cells["from_industry", default: ""].isEmpty {
            ask("from_role", "role left (taxonomy id or alias; empty to give an industry instead)")
            if cells["from_role", default: ""].isEmpty { ask("from_industry", "industry left (taxonomy id or alias)") }
        }
        return cells
    }
}
