/// How well the title classifier agrees with a gold set: the figures `postings evaluate` and the
/// accuracy benchmark print, and the accuracy test checks against its targets.
public struct Accuracy: Sendable, Equatable {
    /// Precision, recall and F1 of one yes/no flag.
    public struct Flag: Sendable, Equatable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0
        public var trueNegatives = 0

        public var precision: Double? { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double? { ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double? {
            guard let p = precision, let r = recall, p + r > 0 else { return nil }
            return 2 * p * r / (p + r)
        }

        mutating func add(gold: Bool, predicted: Bool) {
            switch (gold, predicted) {
            case (true, true): truePositives += 1
            case (false, true): falsePositives += 1
            case (true, false): falseNegatives += 1
            case (false, false): trueNegatives += 1
            }
        }
    }

    /// A predicted layer: one of the six, or `unknown` (AI, but no role was found).
    public enum PredictedLayer: Hashable, Sendable, Comparable {
        case layer(Layer)
        case unknown

        public static func < (lhs: PredictedLayer, rhs: PredictedLayer) -> Bool {
            switch (lhs, rhs) {
            case (.layer(let a), .layer(let b)): return a < b
            case (.layer, .unknown): return true
            default: return false
            }
        }
    }

    /// One group of titles (all, one source, one language) and its figures.
    public struct Group: Sendable, Equatable {
        public var name: String
        public var titles = 0
        public var goldAI = 0
        public var ai = Flag()
        public var genai = Flag()
        /// Titles whose predicted layer equals the gold layer, among all titles and among gold-AI titles.
        public var layerCorrect = 0
        public var layerCorrectAI = 0
        /// Gold layer → predicted layer → count.
        public var confusion: [Layer: [PredictedLayer: Int]] = [:]
        /// Titles with no role, and titles whose classification is of low confidence.
        public var unclassified = 0
        public var lowConfidence = 0

        public var layerAccuracy: Double? { ratio(layerCorrect, titles) }
        public var layerAccuracyAI: Double? { ratio(layerCorrectAI, goldAI) }

        /// Precision and recall of one predicted layer against the gold layer.
        public func layerPrecision(_ layer: Layer) -> Double? {
            let predicted = confusion.values.reduce(0) { $0 + ($1[.layer(layer)] ?? 0) }
            return ratio(confusion[layer]?[.layer(layer)] ?? 0, predicted)
        }

        public func layerRecall(_ layer: Layer) -> Double? {
            ratio(confusion[layer]?[.layer(layer)] ?? 0, confusion[layer]?.values.reduce(0, +) ?? 0)
        }

        mutating func add(_ entry: GoldSet.Entry, _ prediction: Prediction) {
            titles += 1
            if entry.ai { goldAI += 1 }
            ai.add(gold: entry.ai, predicted: prediction.ai)
            genai.add(gold: entry.genai, predicted: prediction.genai)
            confusion[entry.layer, default: [:]][prediction.layer, default: 0] += 1
            if prediction.layer == .layer(entry.layer) {
                layerCorrect += 1
                if entry.ai { layerCorrectAI += 1 }
            }
            if prediction.role == nil { unclassified += 1 }
            if prediction.confidence == .low { lowConfidence += 1 }
        }
    }

    /// What the classifier said of one gold title.
    public struct Prediction: Sendable, Equatable {
        public var role: String?
        public var ai: Bool
        public var genai: Bool
        public var layer: PredictedLayer
        public var confidence: TitleClassifier.Confidence
    }

    /// A gold title the classifier got wrong (AI flag, GenAI flag or layer).
    public struct Miss: Sendable, Equatable {
        public var entry: GoldSet.Entry
        public var prediction: Prediction
    }

    public var overall: Group
    public var bySource: [Group]
    public var byLanguage: [Group]
    public var misses: [Miss]

    /// Classifies every entry of `gold` and compares.
    public init(gold: [GoldSet.Entry], classifier: TitleClassifier, name: String = "all", useTags: Bool = true) {
        overall = Group(name: name)
        var sources: [String: Group] = [:]
        var languages: [String: Group] = [:]
        misses = []
        for entry in gold {
            let prediction = Self.predict(entry, classifier: classifier, useTags: useTags)
            overall.add(entry, prediction)
            sources[entry.sourceID, default: Group(name: entry.sourceID)].add(entry, prediction)
            languages[entry.language, default: Group(name: entry.language)].add(entry, prediction)
            if prediction.ai != entry.ai || prediction.genai != entry.genai || prediction.layer != .layer(entry.layer) {
                misses.append(Miss(entry: entry, prediction: prediction))
            }
        }
        bySource = sources.values.sorted { $0.name < $1.name }
        byLanguage = languages.values.sorted { $0.name < $1.name }
    }

    /// The classifier's reading of a gold title, with its tags.
    public static func predict(_ entry: GoldSet.Entry, classifier: TitleClassifier, useTags: Bool = true) -> Prediction {
        let c = classifier.classification(of: entry.title, tags: entry.tags.isEmpty || !useTags ? nil : entry.tags)
        let role = c.role.map { classifier.roles[$0] }
        let layer: PredictedLayer = role.map { .layer($0.layer) } ?? (c.ai ? .unknown : .layer(.nonAI))
        return Prediction(role: role?.id.rawValue, ai: c.ai, genai: c.genai, layer: layer, confidence: c.confidence)
    }
}

func ratio(_ a: Int, _ b: Int) -> Double? { b == 0 ? nil : Double(a) / Double(b) }
