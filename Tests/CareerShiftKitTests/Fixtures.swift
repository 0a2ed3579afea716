import Foundation
@testable import CareerShiftKit

/// Paths and builders shared by the tests.
enum Fixtures {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let datasetCases = packageRoot.appendingPathComponent("Datasets/cases").path

    /// A clock that advances one second per call from 2025-01-01T00:00:00Z.
    final class Clock: @unchecked Sendable {
        private let lock = NSLock()
        private var now = Date(timeIntervalSince1970: 1_735_689_600)
        func tick() -> Date {
            lock.lock()
            defer { lock.unlock() }
            now += 1
            return now
        }
    }

    static func store() throws -> Store {
        let clock = Clock()
        return try Store.inMemory(clock: { clock.tick() })
    }

    static let source = Source(id: "notes-2025", title: "Interview notes", visibility: .private)

    static func entry(_ id: String, to role: String = "ai-product-manager", from: String = "ui-designer", outcome: Outcome? = .landed) -> Case {
        Case(id: Case.ID(id), persona: Persona(name: id), origin: Job(role: Role.ID(from)), targets: [Role.ID(role)],
             outcome: outcome, sources: [source.id])
    }
}
