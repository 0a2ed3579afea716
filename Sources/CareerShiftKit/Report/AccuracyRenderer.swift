/// The accuracy tables of `postings evaluate` and `Benchmarks/classifier_accuracy.sh`, in Markdown.
public enum AccuracyRenderer {
    static func figure(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "–" }

    static func table(_ header: [String], _ rows: [[String]]) -> String {
        var lines = ["| " + header.joined(separator: " | ") + " |", "|" + header.map { _ in "---" }.joined(separator: "|") + "|"]
        lines += rows.map { "| " + $0.joined(separator: " | ") + " |" }
        return lines.joined(separator: "\n") + "\n"
    }

    static func summaryRow(_ g: Accuracy.Group) -> [String] {
        [g.name, String(g.titles), String(g.goldAI),
         figure(g.ai.precision), figure(g.ai.recall), figure(g.ai.f1),
         figure(g.genai.precision), figure(g.genai.recall), figure(g.genai.f1),
         figure(g.layerAccuracyAI), figure(g.layerAccuracy), String(g.unclassified)]
    }

    static let summaryHeader = ["set", "titles", "AI (gold)", "AI P", "AI R", "AI F1", "GenAI P", "GenAI R", "GenAI F1",
                                "layer acc. (AI)", "layer acc. (all)", "no role"]

    /// The figures of one or more sets (tune, held out …), with per-layer figures, the confusion
    /// matrix, and the same by source and by language; `misses` lists up to that many errors.
    public static func markdown(_ sets: [Accuracy], misses: Int = 0) -> String {
        var text = "## Summary\n\n" + table(summaryHeader, sets.map { summaryRow($0.overall) })
        text += "\nP precision, R recall; layer accuracy (AI) is over titles whose gold label is AI, (all) over every title; "
        text += "\"no role\" counts titles the classifier gave no role (AI or not).\n"
        for set in sets {
            let g = set.overall
            text += "\n## \(g.name): by layer\n\n"
            text += table(["layer", "gold", "predicted", "precision", "recall"], Layer.allCases.map { layer in
                let predicted = g.confusion.values.reduce(0) { $0 + ($1[.layer(layer)] ?? 0) }
                return [layer.rawValue, String(g.confusion[layer]?.values.reduce(0, +) ?? 0), String(predicted),
                        figure(g.layerPrecision(layer)), figure(g.layerRecall(layer))]
            })
            let columns: [Accuracy.PredictedLayer] = Layer.allCases.map { .layer($0) } + [.unknown]
            text += "\nConfusion matrix (rows: gold layer; columns: predicted layer):\n\n"
            text += table(["gold \\ predicted"] + columns.map(name), Layer.allCases.map { layer in
                [layer.rawValue] + columns.map { String(g.confusion[layer]?[$0] ?? 0) }
            })
            text += "\n## \(g.name): by source\n\n" + table(summaryHeader, set.bySource.map(summaryRow))
            text += "\n## \(g.name): by language\n\n" + table(summaryHeader, set.byLanguage.map(summaryRow))
            if misses > 0, !set.misses.isEmpty {
                text += "\n## \(g.name): errors (first \(min(misses, set.misses.count)) of \(set.misses.count))\n\n"
                text += table(["id", "title", "gold", "predicted", "role", "confidence"], set.misses.prefix(misses).map { miss in
                    let e = miss.entry, p = miss.prediction
                    return [e.id, e.title.replacingOccurrences(of: "|", with: "\\|"),
                            "\(e.ai ? "AI" : "no")/\(e.layer.rawValue)/\(e.genai ? "genai" : "-")",
                            "\(p.ai ? "AI" : "no")/\(name(p.layer))/\(p.genai ? "genai" : "-")",
                            p.role ?? "", p.confidence.rawValue]
                })
            }
        }
        return text
    }

    static func name(_ layer: Accuracy.PredictedLayer) -> String {
        switch layer {
        case .layer(let l): return l.rawValue
        case .unknown: return "unknown"
        }
    }
}
