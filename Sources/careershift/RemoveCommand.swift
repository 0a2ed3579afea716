import ArgumentParser
import CareerShiftKit

struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a case from the current data (its history, and the removal, are kept).")

    @OptionGroup var options: StoreOptions

    @Argument(help: "The case id.")
    var id: String

    func run() throws {
        let store = try options.openStore()
        guard try store.removeCase(Case.ID(id)) else {
            throw CommandFailure("no case \"\(id)\" in \(store.path)")
        }
        print("removed \(id) (kept in history)")
    }
}
