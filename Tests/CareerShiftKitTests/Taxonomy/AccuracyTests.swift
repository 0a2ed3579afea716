import Foundation
import Testing
@testable import CareerShiftKit

/// The classifier against the hand-labelled gold set (Datasets/gold/titles.csv). Deterministic:
/// the same taxonomy and titles give the same figures, so these are tests, not benchmarks.
@Suite("Classifier accuracy on the gold set")
struct AccuracyTests {
    static let gold = try! GoldSet(path: Fixtures.packageRoot.appendingPathComponent("Datasets/gold/titles.csv").path)
    static let classifier = TitleClassifier(taxonomy: .standard)

    @Test("the gold set: at least 1,500 unique real titles, 400 AI, 5 sources, each with its provenance; held-out sources are whole")
    func goldSet() {
        let entries = Self.gold.entries
        #expect(entries.count >= 1500)
        #expect(Set(entries.map(\.title)).count == entries.count, "titles are unique")
        #expect(entries.filter(\.ai).count >= 400)
        #expect(Set(entries.map(\.sourceID)).count >= 5)
        let tune = Set(entries.filter { $0.split == "tune" }.map(\.sourceID))
        let held = Set(entries.filter { $0.split == "heldout" }.map(\.sourceID))
        #expect(!held.isEmpty && tune.isDisjoint(with: held), "a source is held out whole or not at all")
        #expect(entries.allSatisfy { ["tune", "heldout"].contains($0.split) })
        for entry in entries where !entry.ai {
            #expect(entry.layer == .nonAI && !entry.genai, "\(entry.id): a non-AI title has layer non-ai and no GenAI")
        }
    }

    @Test("held-out sources: AI precision meets the 0.95 target; recall and layer accuracy stay above their floors")
    func heldOut() {
        let held = Accuracy(gold: Self.gold.entries.filter { $0.split == "heldout" }, classifier: Self.classifier)
        let g = held.overall
        // Target (issue 12): AI precision and recall >= 0.95, layer accuracy >= 0.90. Precision
        // meets it. Recall (0.917) and layer accuracy over AI titles (0.858) do not yet: these
        // floors keep them from slipping while the taxonomy grows (README, "Accuracy").
        #expect((g.ai.precision ?? 0) >= 0.95, "AI precision \(g.ai.precision ?? 0)")
        #expect((g.ai.recall ?? 0) >= 0.91, "AI recall \(g.ai.recall ?? 0) (target 0.95)")
        #expect((g.layerAccuracyAI ?? 0) >= 0.85, "layer accuracy over AI titles \(g.layerAccuracyAI ?? 0) (target 0.90)")
        #expect((g.layerAccuracy ?? 0) >= 0.94, "layer accuracy over all titles \(g.layerAccuracy ?? 0)")
        #expect((g.genai.precision ?? 0) >= 0.95)
    }

    @Test("tuning sources: the figures the taxonomy was tuned to")
    func tune() {
        // Taxonomy v3 on 27 tuning sources: precision 0.978, recall 0.963, layer accuracy over AI
        // titles 0.877, GenAI recall 0.895 (the eight sources added for v3 brought layer accuracy
        // down from 0.91: on crawls it was not tuned on, the taxonomy reads layers less well).
        let g = Accuracy(gold: Self.gold.entries.filter { $0.split == "tune" }, classifier: Self.classifier).overall
        #expect((g.ai.precision ?? 0) >= 0.97)
        #expect((g.ai.recall ?? 0) >= 0.96)
        #expect((g.layerAccuracyAI ?? 0) >= 0.87)
        #expect((g.genai.recall ?? 0) >= 0.88)
    }

    @Test("the figures mean what they say: precision, recall and the confusion matrix count the same titles")
    func arithmetic() {
        let a = Accuracy(gold: Self.gold.entries, classifier: Self.classifier).overall
        #expect(a.ai.truePositives + a.ai.falsePositives + a.ai.falseNegatives + a.ai.trueNegatives == a.titles)
        #expect(a.confusion.values.flatMap(\.values).reduce(0, +) == a.titles)
        #expect(a.goldAI == a.ai.truePositives + a.ai.falseNegatives)
        let flag = Accuracy.Flag(truePositives: 9, falsePositives: 1, falseNegatives: 3, trueNegatives: 7)
        #expect(flag.precision == 0.9 && flag.recall == 0.75)
        #expect(abs((flag.f1 ?? 0) - 2 * 0.9 * 0.75 / 1.65) < 1e-12)
    }

    @Test("version 1 of the taxonomy, for comparison, recognised few AI postings")
    func versionOne() throws {
        let v1 = try Taxonomy.load(path: Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/taxonomy-v1.yaml").path)
        let g = Accuracy(gold: Self.gold.entries.filter { $0.split == "heldout" }, classifier: TitleClassifier(taxonomy: v1)).overall
        #expect((g.ai.recall ?? 1) < 0.2)
    }
}

@Suite("Labeller agreement")
struct AgreementTests {
    @Test("Cohen's kappa: textbook cases")
    func kappa() {
        #expect(Agreement.cohensKappa([(1, 1), (0, 0), (1, 1), (0, 0)]) == 1)
        // 20 items: both yes 15, both no 3, one each way 1. Observed 0.9; each labeller says yes
        // 16 times, so chance agreement is 0.8 × 0.8 + 0.2 × 0.2 = 0.68; kappa = 0.22 / 0.32.
        let pairs = Array(repeating: (true, true), count: 15) + Array(repeating: (false, false), count: 3) + [(true, false), (false, true)]
        #expect(abs((Agreement.cohensKappa(pairs) ?? 0) - 0.6875) < 1e-9)
        #expect(Agreement.cohensKappa([(1, 1)]) == nil, "chance agreement is complete")
    }

    @Test("the committed blind relabelling agrees with the gold labels as README says (kappa >= 0.95 for AI, 0.95 for layer)")
    func blind() throws {
        let gold = Dictionary(uniqueKeysWithValues: AccuracyTests.gold.entries.map { ($0.id, $0) })
        let text = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Datasets/gold/blind-relabel.csv"), encoding: .utf8)
        let rows = try CSV.rows(text, file: "blind-relabel.csv").dropFirst()
        #expect(rows.count == 670)
        // Passes 1 and 2 relabelled the first three rounds (400 titles), pass 3 round 4 (150),
        // pass 4 round 5 (120).
        for passes in [["1", "2"], ["3"], ["4"]] {
            var ai: [(String, String)] = [], layer: [(String, String)] = []
            for row in rows where passes.contains(row.fields[4]) {
                let entry = try #require(gold[row.fields[0]], "\(row.fields[0]) is in the gold set")
                ai.append((entry.ai ? "yes" : "no", row.fields[1]))
                layer.append((entry.layer.rawValue, row.fields[2]))
            }
            #expect(ai.count == ["1": 400, "3": 150, "4": 120][passes[0]])
            #expect((Agreement.cohensKappa(ai) ?? 0) >= 0.95, "passes \(passes)")
            #expect((Agreement.cohensKappa(layer) ?? 0) >= 0.95, "passes \(passes)")
        }
    }
}
