/// Which cases `careershift list` shows: by origin (industry or role), target or landed role,
/// layer, and outcome. Names are resolved through the taxonomy, so aliases work.
public struct CaseFilter: Sendable {
    public var origin: String?
    public var role: Role.ID?
    public var layer: Layer?
    public var outcome: Outcome?

    /// Problems with the filter's names, such as an unknown role.
    public struct Problem: Error, Equatable, Sendable {
        public var message: String
    }

    /// Resolves `origin` (an industry or role) and `role` against `taxonomy`.
    public init(origin: String? = nil, role: String? = nil, layer: Layer? = nil, outcome: Outcome? = nil, taxonomy: Taxonomy) throws(Problem) {
        if let origin {
            switch (taxonomy.resolve(origin, as: .industry), taxonomy.resolve(origin, as: .role)) {
            case (.success(let id), _), (_, .success(let id)): self.origin = id
            case (.failure(let a), .failure(let b)):
                throw Problem(message: "unknown origin \"\(origin)\": not an industry or role; nearest known: \((a.nearest + b.nearest).joined(separator: ", "))")
            }
        }
        if let role {
            switch taxonomy.resolve(role, as: .role) {
            case .success(let id): self.role = Role.ID(id)
            case .failure(let problem): throw Problem(message: problem.message)
            }
        }
        self.layer = layer
        self.outcome = outcome
    }

    /// True when `entry` passes every condition set.
    public func matches(_ entry: Case, taxonomy: Taxonomy) -> Bool {
        if let origin, entry.origin?.industry?.rawValue != origin, entry.origin?.role?.rawValue != origin { return false }
        let roles = Self.roles(of: entry)
        if let role, !roles.contains(role) { return false }
        if let layer, !roles.contains(where: { taxonomy.layer(of: $0) == layer }) { return false }
        if let outcome, entry.outcome != outcome { return false }
        return true
    }

    /// The roles a case moves towards: its targets, then the role landed.
    public static func roles(of entry: Case) -> [Role.ID] {
        var roles = entry.targets ?? []
        if let landed = entry.landed?.role, !roles.contains(landed) { roles.append(landed) }
        return roles
    }
}
