/// Where in the AI value chain a role sits.
public enum Layer: String, TextEnum, Comparable {
    /// Upstream: data collection and annotation.
    case data
    /// Upstream: compute centres.
    case compute
    /// Foundation models: pre-training, alignment, model research.
    case model
    /// Midstream: industry (vertical) models.
    case vertical
    /// Products and apps built on models: fine-tuning, RAG, AI product and operations roles.
    case application
    /// Work outside AI.
    case nonAI = "non-ai"

    public static var otherSpellings: [String: Layer] {
        ["nonai": .nonAI, "none": .nonAI, "app": .application, "apps": .application]
    }

    public static func < (lhs: Layer, rhs: Layer) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
