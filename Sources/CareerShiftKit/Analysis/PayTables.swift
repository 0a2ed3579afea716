/// Pay before and after a move, per case and per path, with small-cell suppression for private
/// sources.
public enum PayTables {
    /// A move is lateral when monthly pay changes by less than this many percent either way.
    public static let lateralPercent = 5

    struct Move {
        var entry: Case
        var before: Int64
        var after: Int64
        var isPrivate: Bool
    }

    /// Cases with monthly pay known before and after, in the same currency; those whose currencies
    /// differ; and, in a redacted report, the cases from private sources with any pay before and
    /// after. Those are never moves: nothing but their row, with every pay cell hidden, shows that
    /// they exist, so not even the kind of their pay (面议, another currency) can be seen.
    static func moves(_ input: ReportInput) -> (moves: [Move], skipped: [String], withheld: [Case]) {
        var moves: [Move] = []
        var skipped: [String] = []
        var withheld: [Case] = []
        for entry in input.cases {
            guard let beforePay = entry.origin?.pay, let afterPay = entry.landed?.pay else { continue }
            if input.redacted && input.isPrivate(entry) {
                withheld.append(entry)
                continue
            }
            guard let before = ReportInput.monthlyMidpoint(beforePay), let after = ReportInput.monthlyMidpoint(afterPay) else { continue }
            guard beforePay.currency == afterPay.currency else {
                skipped.append(entry.id.rawValue)
                continue
            }
            moves.append(Move(entry: entry, before: before, after: after, isPrivate: input.isPrivate(entry)))
        }
        return (moves, skipped, withheld)
    }

    static func direction(_ input: ReportInput, before: Int64, after: Int64) -> String {
        let change = (after - before) * 100
        if change >= Int64(lateralPercent) * before { return input.t("step up", "上升") }
        if change <= -Int64(lateralPercent) * before { return input.t("step down", "下降") }
        return input.t("lateral", "持平")
    }

    /// 4. Pay change per case and per path; the notes name every suppressed cell.
    public static func tables(_ input: ReportInput) -> (perCase: ReportTable, perPath: ReportTable, suppressed: [String]) {
        let t = input.t
        let k = input.minimumCell
        let (moves, skipped, withheld) = moves(input)
        var suppressed: [String] = []
        var rows: [[ReportValue]] = []
        for move in moves {
            let hide = move.isPrivate && k > 1
            if hide {
                suppressed.append(t("pay_change: \(move.entry.id): pay before and after, change, direction and text hidden (1 person from a private source, fewer than \(k))",
                                    "pay_change：\(move.entry.id)：前后薪资、变化、方向与原文已隐藏（来自私有来源的 1 人，少于 \(k) 人）"))
            }
            let shown = { (value: ReportValue) -> ReportValue in hide ? .suppressed(minimum: k) : value }
            rows.append([
                .text(move.entry.id.rawValue), .text(input.person(move.entry)), .text(input.pathLabel(move.entry)),
                shown(.integer(Int(move.before))), shown(.integer(Int(move.after))),
                shown(Statistics.change(from: move.before, to: move.after)),
                shown(.text(direction(input, before: move.before, after: move.after))),
                .text(move.entry.origin?.pay?.currency ?? "CNY"),
                shown(.text("\(move.entry.origin?.pay?.text ?? "") → \(move.entry.landed?.pay?.text ?? "")")),
            ])
        }
        for entry in withheld {
            suppressed.append(t("pay_change: \(entry.id): pay before and after, change, direction, currency and text hidden (a private source, in a redacted report)",
                                "pay_change：\(entry.id)：前后薪资、变化、方向、币种与原文已隐藏（私有来源，脱敏报告）"))
            rows.append([.text(entry.id.rawValue), .text(input.person(entry)), .text(input.pathLabel(entry))]
                + Array(repeating: ReportValue.suppressed(minimum: k), count: 6))
        }
        rows.sort { $0[0].text < $1[0].text }
        let perCase = ReportTable(
            name: "pay_change", title: t("Pay change", "薪资变化"),
            method: t("Monthly pay before (the job left) and after (the job landed), each the midpoint of the stated range, converted to monthly with the pay formulas (daily × 21.75, hourly × 8 × 21.75, annual ÷ 12). Change within ±\(lateralPercent)% is lateral.",
                      "转型前（离开的工作）与转型后（入职的工作）的月薪，均取所述区间中点，并按薪资公式折算为月薪（日薪 × 21.75，时薪 × 8 × 21.75，年薪 ÷ 12）。变化在 ±\(lateralPercent)% 以内为持平。"),
            n: moves.count + withheld.count,
            columns: [
                ReportColumn("case", t("Case", "案例"), .text, key: true),
                ReportColumn("person", t("Person", "人物"), .text),
                ReportColumn("path", t("Path", "路径"), .text),
                ReportColumn("monthly_before", t("Monthly before", "转型前月薪"), .money),
                ReportColumn("monthly_after", t("Monthly after", "转型后月薪"), .money),
                ReportColumn("change_percent", t("Change %", "变化 %"), .percent),
                ReportColumn("direction", t("Direction", "方向"), .text),
                ReportColumn("currency", t("Currency", "币种"), .text),
                ReportColumn("as_written", t("As written", "原文"), .text),
            ],
            rows: rows,
            notes: skipped.isEmpty ? [] : [t("Left out (currencies differ): ", "未计入（币种不同）：") + skipped.joined(separator: ", ")])

        var pathRows: [[ReportValue]] = []
        struct GroupKey: Hashable, Comparable {
            var path: String
            var currency: String
            static func < (a: GroupKey, b: GroupKey) -> Bool { (a.path, a.currency) < (b.path, b.currency) }
        }
        let groups = Dictionary(grouping: moves) { GroupKey(path: input.pathLabel($0.entry), currency: $0.entry.origin?.pay?.currency ?? "CNY") }
        for (key, group) in groups.sorted(by: { $0.key < $1.key }) {
            // With a private person in the group, the lowest and highest change are one person's
            // figures. Medians are only shown when at least K private people stand behind them, or
            // when the public people's figures fix them whatever the private ones are: otherwise,
            // with every public figure published row by row, a median could give a private one away.
            // (A redacted report has no private people here: see `moves`.)
            let privateCount = group.filter(\.isPrivate).count
            let hideMedians = k > 1 && privateCount > 0 && privateCount < k
            let hideExtremes = k > 1 && privateCount > 0
            let changes = group.map { Int64((Double($0.after - $0.before) * 1000 / Double(max($0.before, 1))).rounded(.toNearestOrAwayFromZero)) }
            let publicChanges = zip(group, changes).filter { !$0.0.isPrivate }.map(\.1)
            func median(_ values: [Int64], public known: [Int64]) -> Int64?? {
                guard hideMedians else { return .some(Statistics.median(values)) }
                return Statistics.medianFixed(known: known, unknownCount: privateCount).map { .some($0) }
            }
            let publicGroup = group.filter { !$0.isPrivate }
            let medians = [
                median(group.map(\.before), public: publicGroup.map(\.before)), median(group.map(\.after), public: publicGroup.map(\.after)),
                median(changes, public: publicChanges),
            ]
            var hiddenMedians = zip([t("median before", "转型前中位数"), t("median after", "转型后中位数"), t("median change", "变化中位数")], medians)
                .filter { $0.1 == nil }.map(\.0)
            if hiddenMedians.count == medians.count { hiddenMedians = [t("medians", "中位数")] }
            if !hiddenMedians.isEmpty {
                let why = privateCount < k
                    ? t("\(privateCount) of \(group.count) people from private sources, fewer than \(k)", "\(group.count) 人中 \(privateCount) 人来自私有来源，少于 \(k) 人")
                    : t("\(privateCount) of \(group.count) people from private sources, and the report is redacted", "\(group.count) 人中 \(privateCount) 人来自私有来源，且为脱敏报告")
                suppressed.append(t("pay_change_by_path: \(key.path) (\(key.currency)): \(hiddenMedians.joined(separator: ", ")), lowest and highest hidden (\(why))",
                                    "pay_change_by_path：\(key.path)（\(key.currency)）：\(hiddenMedians.joined(separator: "、"))、最低和最高值已隐藏（\(why)）"))
            } else if hideExtremes {
                suppressed.append(t("pay_change_by_path: \(key.path) (\(key.currency)): lowest and highest hidden (each is one person's figure, and private sources contribute)",
                                    "pay_change_by_path：\(key.path)（\(key.currency)）：最低和最高值已隐藏（均为单人数据，且含私有来源）"))
            }
            func value(_ v: Int64??) -> ReportValue {
                guard let v else { return .suppressed(minimum: k) }
                return v.map { .integer(Int($0)) } ?? .missing
            }
            func percent(_ permille: Int64??) -> ReportValue {
                guard let permille else { return .suppressed(minimum: k) }
                return permille.map { .decimal(Int($0), scale: 1) } ?? .missing
            }
            pathRows.append([
                .text(key.path), .text(key.currency), .integer(group.count),
                value(medians[0]), value(medians[1]), percent(medians[2]),
                // A change cannot be lower than -100% (nothing after), so a public -100% fixes the lowest.
                percent(hideExtremes && !publicChanges.contains(-1000) ? nil : .some(changes.min())),
                percent(hideExtremes ? nil : .some(changes.max())),
            ])
        }
        let perPath = ReportTable(
            name: "pay_change_by_path", title: t("Pay change by path", "各路径薪资变化"),
            method: t("Per path and currency, the median monthly pay before and after and the median, lowest and highest change in percent (medians of an even count are the mean of the middle two). Where private sources contribute, the lowest and highest (one person's figures) are shown as <\(k), and so are the medians unless at least \(k) private people stand behind them or the public figures alone fix them.\(input.redacted ? " This report is redacted: only people from public sources are counted here." : "")",
                      "按路径和币种，转型前后月薪的中位数，以及变化百分比的中位数、最低值和最高值（偶数个值的中位数取中间两个的平均）。含私有来源时，最低和最高值（单人数据）显示为 <\(k)；除非至少 \(k) 位私有来源人物或仅凭公开数据即可确定，中位数亦显示为 <\(k)。\(input.redacted ? "本报告已脱敏：此处仅计入来自公开来源的人。" : "")"),
            n: moves.count,
            columns: [
                ReportColumn("path", t("Path", "路径"), .text, key: true),
                ReportColumn("currency", t("Currency", "币种"), .text, key: true),
                ReportColumn("people", t("People", "人数"), .integer),
                ReportColumn("median_before", t("Median before", "转型前中位数"), .money),
                ReportColumn("median_after", t("Median after", "转型后中位数"), .money),
                ReportColumn("median_change_percent", t("Median change %", "变化中位数 %"), .percent),
                ReportColumn("min_change_percent", t("Lowest change %", "最低变化 %"), .percent),
                ReportColumn("max_change_percent", t("Highest change %", "最高变化 %"), .percent),
            ],
            rows: pathRows,
            notes: withheld.isEmpty ? [] : [t("Left out: \(withheld.count) people from private sources (a redacted report shows no figure their pay enters).",
                                              "未计入：来自私有来源的 \(withheld.count) 人（脱敏报告不显示含其薪资的任何数字）。")])
        return (perCase, perPath, suppressed)
    }
}
