import ArgumentParser
import CareerShiftKit

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one case in full, in the case-file format.")

    enum Format: String, CaseIterable, ExpressibleByArgument { case yaml, json }

    @OptionGroup var options: StoreOptions

    @Option(help: "Output format.")
    var format: Format = .yaml

    @Argument(help: "The case id.")
    var id: String

    func run() throws {
        let store = try options.openStore()
        guard let entry = try store.case(Case.ID(id)) else {
            let ids = try store.cases().map(\.id.rawValue)
            let near = ids.filter { $0.contains(id) || id.contains($0) }.prefix(3)
            throw CommandFailure("no case \"\(id)\" in \(store.path)\(near.isEmpty ? "" : "; did you mean \(near.joined(separator: ", "))?")")
        }
        switch format {
        case .yaml: print(try CaseFileWriter.yaml(entry), terminator: "")
        case .json: print(try CaseFileWriter.json(entry))
        }
    }
}
