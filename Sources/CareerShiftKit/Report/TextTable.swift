/// A plain-text table for terminals, aligned by display width so that Chinese text (two columns
/// per character) lines up.
public struct TextTable: Sendable {
    public var header: [String]
    public var rows: [[String]]

    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }

    /// The table as lines: header, a rule, rows; columns separated by two spaces, trailing spaces
    /// trimmed. Line breaks inside cells are shown as `⏎`.
    public var rendered: String {
        let cells = ([header] + rows).map { $0.map { $0.replacingOccurrences(of: "\r\n", with: "⏎").replacingOccurrences(of: "\n", with: "⏎") } }
        var widths = [Int](repeating: 0, count: header.count)
        for row in cells {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], Self.displayWidth(of: cell)) }
        }
        func line(_ row: [String]) -> String {
            var text = ""
            for (i, cell) in row.enumerated() where i < widths.count {
                text += cell
                if i < widths.count - 1 { text += String(repeating: " ", count: widths[i] - Self.displayWidth(of: cell) + 2) }
            }
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        var lines = [line(cells[0]), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        lines += cells.dropFirst().map(line)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Columns a string takes in a terminal: East Asian wide and full-width characters count two,
    /// combining marks zero.
    public static func displayWidth(of text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: continue
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
                 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
                width += 2
            default:
                width += 1
            }
        }
        return width
    }
}
