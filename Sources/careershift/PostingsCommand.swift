import ArgumentParser
import CareerShiftKit
import Foundation

struct PostingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "postings",
        abstract: "Job postings at scale: import job-board CSV exports, classify titles by role and layer, measure demand.",
        subcommands: [PostingsImport.self, PostingsSummarize.self, PostingsClassify.self, PostingsReview.self, PostingsUnclassified.self,
                      PostingsReclassify.self, PostingsEvaluate.self])
}

/// Options shared by `postings import` and `postings summarize`.
struct PostingFileOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Name columns the tool does not recognise: title=职位名称,pay=薪资,city=城市,company=公司名称,date=发布时间 (fields: title, pay, city, company, date, experience, education, tags).",
        valueName: "field=header,…"))
    var columns: String?

    @Option(help: ArgumentHelp("The year of dates written without one, such as 05-03.", valueName: "year"))
    var year: Int?

    @Option(help: ArgumentHelp("The day the file was crawled: dates such as 3天前发布 count back from it, and a file without a date column is dated by it.", valueName: "date"))
    var crawled: String?

    @Option(help: ArgumentHelp("Where unreadable rows go, with the reason (import: by default FILE.rejects.csv beside the file; summarize: only when given).", valueName: "path"))
    var rejects: String?

    func postingOptions(file: String) throws -> PostingOptions {
        var options = PostingOptions()
        if let columns {
            do { options.columns = try PostingColumns.overrides(columns) } catch { throw ValidationError(error.message) }
        }
        options.dates.year = year
        if let crawled {
            do { options.dates.crawled = try DateParser.parse(crawled).latest } catch { throw ValidationError("--crawled: \(error.message)") }
        }
        options.rejectsPath = rejects ?? ((file as NSString).deletingPathExtension + ".rejects.csv")
        return options
    }
}

/// A progress line on stderr for large files, only when stderr is a terminal.
func progressReporter(for path: String) -> ((Int64, Int64) -> Void)? {
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int64) ?? 0
    guard isatty(STDERR_FILENO) == 1, size > 4 << 20 else { return nil }
    return { done, total in
        let percent = total > 0 ? done * 100 / total : 100
        let bar = String(repeating: "█", count: Int(percent / 4)) + String(repeating: "░", count: 25 - Int(percent / 4))
        FileHandle.standardError.write(Data("\r\(bar) \(percent)% of \(total >> 20) MB\(done >= total ? "\n" : "")".utf8))
    }
}

struct PostingsImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Stream a job-board CSV export into the store, classifying each title by role and layer.",
        discussion: """
            Recognised headers: 职位名称/岗位名称, 薪资/薪资范围, 城市/工作地点, 公司名称, 发布时间/发布日期, \
            经验要求/工作经验, 学历要求, 技能要求/职位标签, and title, salary, location, company, date, \
            skills, tags in English. Other \
            columns are ignored. The file must be UTF-8 (a BOM is fine). A GBK/GB18030 file, which is \
            what Excel in China saves, is refused with the command that converts it.

            Each title is read as `careershift postings classify` shows: qualifiers such as AI, 大模型 \
            or 智能体 compose with the occupation head (全栈, 算法, 产品经理 …) wherever they stand, and \
            a skills or tags column (技能要求, 职位标签) is used too: an LLM skill there (大模型, RAG) \
            makes the posting AI, while generic AI or ML tags do not. The tags cell is stored with the \
            posting, so `postings reclassify` reads it again. Each posting also gets its GenAI flag and \
            its occupation head (AI全栈 → 全栈), for the GenAI share and the AI pay premium within \
            occupations. Latin names match only as whole words. The store records the taxonomy it was classified with; without --taxonomy, a store \
            keeps using its own. Pay is read by the same parser as cases (`careershift pay`). A posting with the \
            same company, title, city and date as one already stored is a duplicate and is skipped, so \
            importing a file twice stores nothing new. Rows that cannot be read go to the rejects file \
            with the reason.

            Example: careershift postings import boss.csv --year 2024 --crawled 2024-12-31
            """)

    @OptionGroup var options: StoreOptions
    @OptionGroup var file: PostingFileOptions

    @Argument(help: "The CSV file.")
    var path: String

    func run() throws {
        let store = try options.openStore()
        let taxonomy = try options.taxonomy(for: store)
        let reader = PostingReader(taxonomy: taxonomy, options: try file.postingOptions(file: path))
        let summary = try store.importPostings(path: path, reader: reader, progress: progressReporter(for: path))
        printError(summary.columnsDescription)
        print(summary.description)
        undatedHint(summary, file: file)
        if summary.rejected > 0, let rejects = try file.postingOptions(file: path).rejectsPath {
            print("rejected rows, with the reason: \(rejects)")
        }
    }
}

struct PostingsSummarize: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize",
        abstract: "The posting tables of a report for one file, in one pass, without storing anything.",
        discussion: """
            Reads the file as `postings import` does and prints the posting tables of a report: \
            postings per month and layer with the model vs application share; the AI share of all \
            postings, each layer's share and the GenAI share of the AI postings per month; the AI pay \
            premium within occupations, per month and by occupation; pay quartiles per role; top \
            cities per layer; how much pay text was negotiable or unreadable.

            Every row is counted, duplicates included: nothing is stored to compare with, so the \
            figures can differ from those of a report on the same file after `postings import`, \
            which skips postings with the same company, title, city and date. Undated postings \
            count in no month: give --crawled DATE to date a file that has no date column.
            """)

    @OptionGroup var options: StoreOptions
    @OptionGroup var file: PostingFileOptions

    @Option(help: "Output format: md, csv or json.")
    var format: DiffFormat = .md

    @Option(help: "Language of headings and names: en or zh.")
    var lang: Language = .en

    @Argument(help: "The CSV file.")
    var path: String

    func run() throws {
        let taxonomy = try options.loadTaxonomy()
        var postingOptions = try file.postingOptions(file: path)
        if file.rejects == nil { postingOptions.rejectsPath = nil }
        let reader = PostingReader(taxonomy: taxonomy, options: postingOptions)
        let summary = try reader.read(path: path, progress: progressReporter(for: path)) { _ in true }
        let tables = PostingTables.tables(summary.aggregates, taxonomy: taxonomy, language: lang)
        printError(summary.columnsDescription)
        printError(summary.countedDescription)
        undatedHint(summary, file: file)
        print(PostingTables.text(tables, format: format), terminator: "")
    }
}

struct PostingsUnclassified: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unclassified",
        abstract: "The most frequent stored titles that no role name matched, to extend the taxonomy with.")

    @OptionGroup var options: StoreOptions

    @Option(help: "How many titles.")
    var top = 20

    func run() throws {
        let titles = try options.openStore().unclassifiedTitles(top: top)
        print(TextTable(header: ["COUNT", "TITLE"], rows: titles.map { [String($0.count), $0.title] }).rendered, terminator: "")
    }
}

struct PostingsReclassify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reclassify",
        abstract: "Classify every stored posting again with --taxonomy FILE or the built-in taxonomy, and record it as the store's; no re-import needed.",
        discussion: """
            Reads each stored title (and its stored tags cell) again: role, layer, GenAI flag and \
            occupation head, then rebuilds the counts reports read. Run it after extending the \
            taxonomy, or once on a store made by an older careershift, whose postings have no GenAI \
            flag or occupation head yet (reports show those figures as unknown until then). One \
            transaction: interrupted, it leaves the store as it was.

            Example: careershift postings reclassify --taxonomy mine.yaml
            """)

    @OptionGroup var options: StoreOptions

    func run() throws {
        let taxonomy = try options.loadTaxonomy()
        let store = try options.openStore()
        let changed = try store.reclassifyPostings(with: TitleClassifier(taxonomy: taxonomy))
        print("\(try store.postingCount()) postings read again (role, GenAI flag, occupation head) with taxonomy \(taxonomy.label): \(changed) changed role")
    }
}

/// Says how to date undated postings when the file gave no date and no --crawled was given.
func undatedHint(_ summary: PostingSummary, file: PostingFileOptions) {
    guard summary.undated > 0, file.crawled == nil else { return }
    printError("note: \(summary.undated) postings have no date, so no month counts them (the AI share, GenAI share and pay premium "
        + "tables are per month): give --crawled DATE, the day the file was crawled, to date the postings that have none.")
}
