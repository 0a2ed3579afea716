import ArgumentParser
import CareerShiftKit
import Foundation

struct PostingsEvaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Measure the title classifier against a gold set of hand-labelled titles (Datasets/gold/titles.csv).",
        discussion: """
            Prints precision, recall and F1 of the AI flag and of the GenAI flag, layer accuracy, \
            per-layer precision and recall, the confusion matrix, and the same by source and by \
            language, for the tuning sources and for the sources held out whole (never used to tune \
            the taxonomy). Give --taxonomy to measure an edited taxonomy before adopting it.

            Example: careershift postings evaluate --errors 30
            """)

    @OptionGroup var options: StoreOptions

    @Argument(help: "The gold set CSV (columns id, title, ai, layer, genai, split, source_id, lang, tags).")
    var gold = "Datasets/gold/titles.csv"

    @Option(help: "Which titles: heldout, tune or all (all prints each split and the whole).")
    var split = "all"

    @Option(help: "List up to this many misclassified titles per set.")
    var errors = 0

    @Flag(help: "Classify titles alone, ignoring the gold set's tags column.")
    var noTags = false

    func run() throws {
        let taxonomy = try options.loadTaxonomy()
        let set = try rejectingInput { try GoldSet(path: gold) }
        let classifier = TitleClassifier(taxonomy: taxonomy)
        let splits: [String]
        switch split {
        case "all": splits = ["tune", "heldout"]
        case "tune", "heldout": splits = [split]
        default: throw ValidationError("--split: expected heldout, tune or all, found \"\(split)\"")
        }
        var sets = splits.map { name in
            Accuracy(gold: set.entries.filter { $0.split == name }, classifier: classifier, name: name == "heldout" ? "held out" : name,
                     useTags: !noTags)
        }
        if split == "all" { sets.append(Accuracy(gold: set.entries, classifier: classifier, name: "all", useTags: !noTags)) }
        print("taxonomy version \(taxonomy.version); gold set \(gold): \(set.entries.count) titles\n")
        print(AccuracyRenderer.markdown(sets, misses: errors), terminator: "")
    }
}

extension ClassificationRenderer.Format: ExpressibleByArgument {}

struct PostingsClassify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Show how each title of a postings file (or each --title) is read: role, layer, AI, GenAI, confidence, evidence.",
        discussion: """
            Reads the file with the same column recognition as `postings import` (a skills or tags \
            column such as 技能要求, 职位标签, skills or tags is used too) and prints one row per \
            input row, in input order, with the columns title, role, layer, ai, genai, confidence, \
            evidence and head (the occupation the AI pay premium compares the posting with: 全栈 for \
            AI全栈). Nothing is stored.

            How a title is read: every role name and term of the taxonomy is looked for anywhere in \
            it, brackets and suffixes included. Qualifiers (AI, 人工智能, 大模型, LLM, AIGC, 智能体, \
            机器学习 …) compose with the occupation head: AI + 全栈 → AI application engineer, 大模型 \
            + 测试 → AI test engineer, 推荐 + 算法 → recommendation algorithm engineer. Context words \
            (搜索, 策略, CV, Agent, 推荐) count only with a head they compose with. The role whose \
            evidence holds the most qualifiers wins, then the one covering the most characters.

            Confidence: high when a clear role was found; medium when the role is a very general \
            head (开发, 顾问, researcher), when the AI evidence came from the tags, or when an AI and \
            a non-AI reading are nearly tied; low when an AI term was found but no rule used it, or \
            when nothing was recognised. `postings review` lists the low ones by frequency.

            Examples:
              careershift postings classify boss.csv --format csv > readings.csv
              careershift postings classify --title "AI全栈开发工程师" --title "推荐算法工程师-抖音电商"
            """)

    @OptionGroup var options: StoreOptions

    @Option(help: ArgumentHelp("Name columns the tool does not recognise: title=职位名称,tags=技能要求.", valueName: "field=header,…"))
    var columns: String?

    @Option(name: .customLong("title"), help: ArgumentHelp("Classify this title instead of a file (repeatable).", valueName: "text"))
    var titles: [String] = []

    @Option(help: ArgumentHelp("Tags or skills for the --title values (one text for all of them).", valueName: "text"))
    var tags: String?

    @Option(help: "Output format: md, csv or json.")
    var format: ClassificationRenderer.Format = .md

    @Argument(help: "The postings file (CSV).")
    var path: String?

    func validate() throws {
        if path == nil && titles.isEmpty { throw ValidationError("give a postings file or at least one --title") }
        if path != nil && !titles.isEmpty { throw ValidationError("give a postings file or --title, not both") }
        if titles.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) { throw ValidationError("--title: empty title") }
    }

    func run() throws {
        let classifier = TitleClassifier(taxonomy: try options.loadTaxonomy())
        let out = FileHandle.standardOutput
        var buffer = ClassificationRenderer.header(format)
        var rows = 0
        func emit(_ reading: TitleReading) {
            buffer += ClassificationRenderer.row(reading, format: format, first: rows == 0)
            rows += 1
            if buffer.utf8.count > 1 << 16 {
                out.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        if let path {
            var overrides: [PostingColumns.Field: String] = [:]
            if let columns {
                do { overrides = try PostingColumns.overrides(columns) } catch { throw ValidationError(error.message) }
            }
            let used = try TitleReading.read(path: path, columns: overrides, classifier: classifier, emit)
            var summary = PostingSummary()
            summary.columns = used
            printError(summary.columnsDescription)
        } else {
            for title in titles { emit(TitleReading(line: nil, title: title, tags: tags, classifier: classifier)) }
        }
        buffer += ClassificationRenderer.footer(format, rows: rows)
        out.write(Data(buffer.utf8))
    }
}

struct PostingsReview: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "The review queue: unclassified titles and low-confidence readings, most frequent first.",
        discussion: """
            Reads the titles of the store's postings (or of FILE, without storing it), classifies each \
            distinct title and lists those to look at: titles that matched no role, and readings of low \
            confidence (an AI term no rule used, such as 大模型 in 保安（大模型）, or a qualifier with \
            no head, such as AIGC alone). A title with an AI word but no known role counts as \
            unclassified in the posting tables, not as AI. Add names or compose rules to a copy of the taxonomy (`careershift taxonomy \
            --format yaml`), check them with `postings classify --taxonomy FILE`, then run \
            `postings reclassify`.
            """)

    @OptionGroup var options: StoreOptions

    @Option(help: "How many titles.")
    var top = 30

    @Flag(help: "Also list medium-confidence readings.")
    var medium = false

    @Argument(help: "A postings file to review instead of the store.")
    var path: String?

    func run() throws {
        let store = path == nil ? try options.openStore() : nil
        let classifier = TitleClassifier(taxonomy: try store.map(options.taxonomy(for:)) ?? options.loadTaxonomy())
        var counts: [String: (Int, TitleReading)] = [:]
        var distinct = 0
        var total = 0
        func consider(_ title: String, _ count: Int, _ reading: () -> TitleReading) {
            let reading = reading()
            let c = reading.classification
            guard reading.role == nil || c.confidence == .low || (medium && c.confidence == .medium) else { return }
            counts[title, default: (0, reading)].0 += count
        }
        if let path {
            var seen = Set<String>()
            try TitleReading.read(path: path, classifier: classifier) { reading in
                guard !reading.title.isEmpty else { return }
                total += 1
                if seen.insert(reading.title).inserted { distinct += 1 }
                consider(reading.title, 1) { reading }
            }
        } else {
            var seen = Set<String>()
            total = try store!.eachTitle { title, tags, count in
                if seen.insert(title).inserted { distinct += 1 }
                consider(title, count) { TitleReading(line: nil, title: title, tags: tags, classifier: classifier) }
            }
        }
        let items = counts.map { ClassificationRenderer.QueueItem(count: $0.value.0, reading: $0.value.1) }
            .sorted { ($0.count, $1.reading.title) > ($1.count, $0.reading.title) }
        print(ClassificationRenderer.queue(Array(items.prefix(top)), total: total, titles: distinct), terminator: "")
    }
}
