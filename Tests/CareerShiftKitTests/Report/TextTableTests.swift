import Testing
@testable import CareerShiftKit

@Suite("Terminal tables")
struct TextTableTests {
    @Test("Chinese text counts two columns per character")
    func widths() {
        #expect(TextTable.displayWidth(of: "abc") == 3)
        #expect(TextTable.displayWidth(of: "文悦") == 4)
        #expect(TextTable.displayWidth(of: "AI产品经理") == 10)
        #expect(TextTable.displayWidth(of: "ＡＩ") == 4)
    }

    @Test("columns line up by display width")
    func alignment() {
        let table = TextTable(header: ["NAME", "ROLE"], rows: [["文悦", "AI产品经理"], ["Ana", "PM"]])
        #expect(table.rendered == """
            NAME  ROLE
            ----  ----------
            文悦  AI产品经理
            Ana   PM

            """)
    }
}
