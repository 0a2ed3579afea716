import Foundation

/// Headline figures across several reports (e.g. every folder of `Reports/`), in as-of order:
/// the application layer's share of demand, success rate per path, median pay change.
public struct Trend: Sendable, Equatable {
    public struct Series: Sendable, Equatable {
        public var name: String
        public var values: [DiffValue]
    }

    /// The as-of date of each report, oldest first.
    public var reports: [String]
    public var series: [Series]

    /// The trend of `documents`, ordered by as-of date.
    public init(_ documents: [ReportDocument]) {
        let ordered = documents.sorted { ($0.asOf, $0.origin) < ($1.asOf, $1.origin) }
        reports = ordered.map(\.asOf)
        var series: [Series] = []
        func add(_ name: String, _ value: (ReportDocument) -> DiffValue) {
            series.append(Series(name: name, values: ordered.map(value)))
        }
        func latest(_ column: String) -> (ReportDocument) -> DiffValue {
            { document in
                guard let table = document.table("layer_shift") else { return .null }
                return table.values(column).last(where: { $0 != .null }) ?? .null
            }
        }
        add("application share of demand signals, latest period (%)", latest("application_share_percent"))
        add("model-layer demand signals, latest period", latest("model_signals"))
        add("application-layer demand signals, latest period", latest("application_signals"))
        add("median pay change (%)") { document in
            // In tenths of a percent, as integers, so the median rounds like the report's own.
            let tenths = (document.table("pay_change")?.values("change_percent") ?? []).compactMap { value in
                value.number.map { Int64(($0 * 10).rounded(.toNearestOrAwayFromZero)) }
            }
            guard let median = Statistics.median(tenths) else { return .null }
            let text = ReportValue.decimal(Int(median), scale: 1).text
            return .number(Double(median) / 10, text: text)
        }
        var paths: [String] = []
        for document in ordered {
            guard let table = document.table("transition_paths") else { continue }
            for key in Self.pathKeys(table) where !paths.contains(key) { paths.append(key) }
        }
        for path in paths.sorted() {
            add("success % \(path)") { document in
                guard let table = document.table("transition_paths"),
                      let row = zip(Self.pathKeys(table), table.values("success_percent")).first(where: { $0.0 == path })
                else { return .null }
                return row.1
            }
        }
        self.series = series
    }

    static func pathKeys(_ table: ReportDocument.Table) -> [String] {
        let origins = table.values("origin_industry"), roles = table.values("target_role"), layers = table.values("layer")
        return zip(zip(origins, roles), layers).map { "\($0.0.description) → \($0.1.description) (\($1.description))" }
    }

    public var table: (header: [String], rows: [[String]]) {
        (["series"] + reports, series.map { [$0.name] + $0.values.map(\.description) })
    }

    /// The trend as text: `md`, `csv` or `json`.
    public func text(_ format: DiffFormat) -> String {
        let (header, rows) = table
        switch format {
        case .md:
            var out = "# Trend over \(reports.count) reports\n\n"
            out += "| " + header.map { ReportDiff.cell($0) }.joined(separator: " | ") + " |\n"
            out += "| --- |" + String(repeating: " ---: |", count: reports.count) + "\n"
            for row in rows { out += "| " + row.map { ReportDiff.cell($0) }.joined(separator: " | ") + " |\n" }
            return out
        case .csv:
            return CSV.document(header: header, rows: rows)
        case .json:
            return JSON.render(.object([
                ("reports", .array(reports.map(JSON.string))),
                ("series", .array(series.map { s in
                    .object([("name", .string(s.name)), ("values", .array(s.values.map { v in
                        switch v {
                        case .null: return .null
                        case .number(_, let text): return .number(text)
                        case .text(let text): return .string(text)
                        }
                    }))])
                })),
            ])) + "\n"
        }
    }

    /// The trend as an SVG line chart: one line per series over the reports.
    public var svg: String {
        let width = 760, left = 60, right = 20, top = 40
        let plotHeight = 240
        var legend: [(x: Int, line: Int, index: Int)] = []
        var x = 10, line = 0
        for (i, s) in series.enumerated() {
            let itemWidth = 24 + TextTable.displayWidth(of: s.name) * 7
            if x > 10 && x + itemWidth > width - 10 {
                x = 10
                line += 1
            }
            legend.append((x, line, i))
            x += itemWidth
        }
        let plotTop = top + 10
        let legendTop = plotTop + plotHeight + 40
        let height = legendTop + (line + 1) * 18 + 10
        let values = series.flatMap(\.values).compactMap(\.number)
        let low = min(values.min() ?? 0, 0), high = max(values.max() ?? 1, low + 1)
        func px(_ i: Int) -> Int { reports.count <= 1 ? left + (width - left - right) / 2 : left + i * (width - left - right) / (reports.count - 1) }
        func py(_ v: Double) -> Int { plotTop + Int((high - v) / (high - low) * Double(plotHeight)) }
        let palette = SVGRenderer.palette
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" font-family="sans-serif" font-size="12">
              <title>Trend</title>
              <rect width="100%" height="100%" fill="#ffffff"/>
              <text x="10" y="22" font-size="16" font-weight="bold">Trend over \(reports.count) reports</text>
              <line x1="\(left)" y1="\(plotTop)" x2="\(left)" y2="\(plotTop + plotHeight)" stroke="#333333"/>
              <line x1="\(left)" y1="\(py(0))" x2="\(width - right)" y2="\(py(0))" stroke="#999999"/>
              <text x="\(left - 6)" y="\(plotTop + 4)" text-anchor="end">\(Self.number(high))</text>
              <text x="\(left - 6)" y="\(py(0) + 4)" text-anchor="end">0</text>

            """
        for (i, report) in reports.enumerated() {
            out += "  <text x=\"\(px(i))\" y=\"\(plotTop + plotHeight + 18)\" text-anchor=\"middle\">\(SVGRenderer().escape(report))</text>\n"
        }
        for (index, s) in series.enumerated() {
            let color = palette[index % palette.count]
            let points = s.values.enumerated().compactMap { i, v in v.number.map { "\(px(i)),\(py($0))" } }
            if points.count > 1 { out += "  <polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" points=\"\(points.joined(separator: " "))\"/>\n" }
            for point in points {
                let xy = point.split(separator: ",")
                out += "  <circle cx=\"\(xy[0])\" cy=\"\(xy[1])\" r=\"3\" fill=\"\(color)\"/>\n"
            }
        }
        for item in legend {
            let y = legendTop + item.line * 18
            out += "  <rect x=\"\(item.x)\" y=\"\(y)\" width=\"12\" height=\"12\" fill=\"\(palette[item.index % palette.count])\"/>\n"
            out += "  <text x=\"\(item.x + 16)\" y=\"\(y + 10)\">\(SVGRenderer().escape(series[item.index].name))</text>\n"
        }
        return out + "</svg>\n"
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
