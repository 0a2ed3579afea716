/// RFC 4180 CSV: reading with line numbers and located errors, and writing.
public enum CSV {
    /// One record and the line it starts on.
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var fields: [String]
    }

    /// Splits `text` into records. Quoted fields may hold commas, quotes (`""`) and line breaks;
    /// CRLF, LF and lone CR all end a record. Blank lines are skipped.
    public static func rows(_ text: String, file: String) throws(InputRejected) -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        // Scalars of the current field, made a string when it ends (appending to a string's
        // scalar view in place copied the string each time: quadratic for long fields).
        var field = String.UnicodeScalarView()
        var line = 1
        var rowLine = 1
        var quoted = false
        var quoteLine = 0
        var fieldStarted = false
        var afterQuote = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func endRecord() {
            fields.append(String(field))
            if !(fields.count == 1 && fields[0].isEmpty && !fieldStarted) { rows.append(Row(line: rowLine, fields: fields)) }
            fields = []
            field = String.UnicodeScalarView()
            fieldStarted = false
            afterQuote = false
        }
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let next = iterator.next()
                    if next == "\"" {
                        field.append("\"")
                    } else {
                        quoted = false
                        afterQuote = true
                        pending = next
                    }
                } else {
                    if c == "\n" || (c == "\r") { line += 1 }
                    if c == "\r" {
                        let next = iterator.next()
                        if next == "\n" { field.append("\r"); field.append("\n") } else { field.append("\r"); pending = next }
                        continue
                    }
                    field.append(c)
                }
                continue
            }
            switch c {
            case ",":
                fields.append(String(field))
                field = String.UnicodeScalarView()
                fieldStarted = true
                afterQuote = false
            case "\r", "\n":
                if c == "\r" {
                    let next = iterator.next()
                    if next != "\n" { pending = next }
                }
                endRecord()
                line += 1
                rowLine = line
            case "\"":
                if field.isEmpty && !afterQuote {
                    quoted = true
                    quoteLine = line
                    fieldStarted = true
                } else {
                    throw InputRejected([Diagnostic(
                        file: file, line: line, field: nil,
                        message: "bad CSV quoting: a quote inside an unquoted field (write the field in quotes and double the quote: \"\")")])
                }
            default:
                if afterQuote {
                    throw InputRejected([Diagnostic(
                        file: file, line: line, field: nil,
                        message: "bad CSV quoting: text after a closing quote (double a quote inside a quoted field: \"\")")])
                }
                field.append(c)
                fieldStarted = true
            }
        }
        if quoted {
            throw InputRejected([Diagnostic(
                file: file, line: quoteLine, field: nil, message: "bad CSV quoting: a quoted field is never closed")])
        }
        if fieldStarted || !field.isEmpty || !fields.isEmpty { endRecord() }
        return rows
    }

    /// One field, quoted when it holds a comma, a quote or a line break.
    public static func field(_ text: String) -> String {
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }

    /// A whole CSV document: header and rows, each line ended by CRLF as RFC 4180 says.
    public static func document(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }
}

import Foundation
