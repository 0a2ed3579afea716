import Testing
@testable import CareerShiftKit

@Suite("CSV")
struct CSVTests {
    static let header = "id,name,from_role,to_role,pay_before,pay_after,outcome,applications,driver,notes\n"

    func problems(_ csv: String) -> [String] {
        do {
            _ = try CaseTable.read(text: csv, file: "x.csv", taxonomy: .standard)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test("RFC 4180: quotes, commas and line breaks inside fields; CRLF and lone CR")
    func rows() throws {
        let rows = try CSV.rows("a,\"b,c\",\"d \"\"e\"\"\"\r\n1,\"two\nlines\",3\r4,5,6\n", file: "x.csv")
        #expect(rows == [
            CSV.Row(line: 1, fields: ["a", "b,c", "d \"e\""]),
            CSV.Row(line: 2, fields: ["1", "two\nlines", "3"]),
            CSV.Row(line: 4, fields: ["4", "5", "6"]),
        ])
        #expect(CSV.field("plain") == "plain")
        #expect(CSV.field("a,b") == "\"a,b\"")
        #expect(CSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSV.document(header: ["x"], rows: [["1"]]) == "x\r\n1\r\n")
    }

    @Test("a row becomes a case")
    func reads() throws {
        let file = try CaseTable.read(
            text: Self.header + "ana,Ana,UI设计师,AI产品经理,18k,15k,landed,20+,push:saturation,\"left, then came back\"\n",
            file: "x.csv", taxonomy: .standard)
        let entry = try #require(file.cases.first)
        #expect(entry.origin?.role == "ui-designer")
        #expect(entry.targets == ["ai-product-manager"])
        #expect(entry.landed?.pay?.monthly == 15000...15000)
        #expect(entry.funnel?.applications == Count(20, atLeast: true))
        #expect(entry.drivers == [Driver(kind: .push, reason: .saturation)])
        #expect(entry.notes == ["left, then came back"])
        #expect(entry.sources == [CaseTable.ownNotesSource.id])
    }

    @Test("bad quoting")
    func badQuoting() {
        #expect(problems(Self.header + "ana,An\"a,ui-designer,ai-product-manager,,,,,,\n") == [
            "x.csv:2: error: bad CSV quoting: a quote inside an unquoted field (write the field in quotes and double the quote: \"\")",
        ])
        #expect(problems(Self.header + "ana,\"Ana,ui-designer,ai-product-manager,,,,,,\n") == [
            "x.csv:2: error: bad CSV quoting: a quoted field is never closed",
        ])
    }

    @Test("wrong header")
    func wrongHeader() {
        #expect(problems("id,nmae,to_role\nana,Ana,ai-product-manager\n") == [
            "x.csv:1: error: from_industry or from_role: required column is missing",
            "x.csv:1: error: nmae: unknown column; known columns: \(CaseTable.columns.joined(separator: ","))",
        ])
    }

    @Test("every bad cell of every row at once")
    func cells() {
        #expect(problems(Self.header + """
            ana,Ana,ui-designer,ai-pm-x,18k,15kk,hired,many,,
            ,Bob,,ai-product-manager,,,,,,
            ana,Ana,ui-designer,ai-product-manager,,,,,,
            ana,Ana,ui-designer,ai-product-manager,,,,,,
            """) == [
            "x.csv:2: error: applications: cannot read \"many\" as a count (20, or 20+ for at least 20)",
            "x.csv:2: error: outcome: unknown value \"hired\"; expected one of landed|internship-only|searching|gave-up|returned|reassigned",
            "x.csv:2: error: pay_after: cannot read \"15kk\" as pay: unexpected \"15k\"",
            "x.csv:2: error: to_role: unknown role \"ai-pm-x\"; nearest known: ai-product-manager, admin, ai-application-engineer",
            "x.csv:3: error: from_industry: either from_industry or from_role is required",
            "x.csv:3: error: id: required field is missing",
            "x.csv:5: error: id: duplicate id \"ana\": already used on line 4",
        ])
    }
}
