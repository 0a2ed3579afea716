import Foundation

/// Charts as standalone SVG files: horizontal bars, one group per category, one bar per series.
public struct SVGRenderer: ReportRenderer {
    public init() {}

    static let palette = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948"]
    static let width = 760
    static let labelWidth = 260
    static let barHeight = 16

    public func files(for report: Report, options: RenderOptions) -> [String: Data] {
        Dictionary(uniqueKeysWithValues: report.charts.map { ("\($0.name).svg", Data(svg($0).utf8)) })
    }

    public func svg(_ chart: Chart) -> String {
        let seriesCount = max(chart.series.count, 1)
        let groupHeight = Self.barHeight * seriesCount + 10
        // The legend wraps onto as many lines as it needs.
        var legend: [(x: Int, line: Int, series: Int)] = []
        var x = 10, line = 0
        for (i, series) in chart.series.enumerated() {
            let itemWidth = 24 + TextTable.displayWidth(of: series.name) * 7
            if x > 10 && x + itemWidth > Self.width - 10 {
                x = 10
                line += 1
            }
            legend.append((x, line, i))
            x += itemWidth
        }
        let top = 56 + line * 18
        let height = top + max(chart.categories.count, 1) * groupHeight + 30
        let maximum = max(chart.series.flatMap(\.values).max() ?? 0, 1)
        let plotWidth = Self.width - Self.labelWidth - 70
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Self.width)" height="\(height)" viewBox="0 0 \(Self.width) \(height)" font-family="sans-serif" font-size="12">
              <title>\(escape(chart.title))</title>
              <rect width="100%" height="100%" fill="#ffffff"/>
              <text x="10" y="22" font-size="16" font-weight="bold">\(escape(chart.title))</text>

            """
        for item in legend {
            let y = 32 + item.line * 18
            out += "  <rect x=\"\(item.x)\" y=\"\(y)\" width=\"12\" height=\"12\" fill=\"\(Self.palette[item.series % Self.palette.count])\"/>\n"
            out += "  <text x=\"\(item.x + 16)\" y=\"\(y + 10)\">\(escape(chart.series[item.series].name))</text>\n"
        }
        if chart.categories.isEmpty {
            out += "  <text x=\"10\" y=\"\(top + 16)\">no data</text>\n"
        }
        for (row, category) in chart.categories.enumerated() {
            let y = top + row * groupHeight
            out += "  <text x=\"\(Self.labelWidth - 8)\" y=\"\(y + groupHeight / 2 + 2)\" text-anchor=\"end\">\(escape(category))</text>\n"
            for (i, series) in chart.series.enumerated() {
                let value = row < series.values.count ? series.values[row] : 0
                let length = value * plotWidth / maximum
                let barY = y + i * Self.barHeight
                out += "  <rect x=\"\(Self.labelWidth)\" y=\"\(barY)\" width=\"\(length)\" height=\"\(Self.barHeight - 2)\" fill=\"\(Self.palette[i % Self.palette.count])\"/>\n"
                out += "  <text x=\"\(Self.labelWidth + length + 4)\" y=\"\(barY + Self.barHeight - 5)\">\(value)</text>\n"
            }
        }
        let axisY = top + max(chart.categories.count, 1) * groupHeight + 6
        out += "  <line x1=\"\(Self.labelWidth)\" y1=\"\(top - 4)\" x2=\"\(Self.labelWidth)\" y2=\"\(axisY)\" stroke=\"#333333\"/>\n"
        out += "  <text x=\"\(Self.labelWidth)\" y=\"\(axisY + 16)\">\(escape(chart.unit)) (0–\(maximum))</text>\n"
        out += "</svg>\n"
        return out
    }

    func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
