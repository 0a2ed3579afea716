import Foundation

extension Taxonomy {
    /// The taxonomy that ships inside the binary (a copy of `Datasets/taxonomy.yaml`).
    public static let standard: Taxonomy = {
        do {
            return try Taxonomy(yaml: DefaultTaxonomy.yaml, file: "<built-in taxonomy>")
        } catch {
            fatalError("the built-in taxonomy does not load: \(error)")
        }
    }()

    /// Reads a taxonomy from YAML text; problems are reported against `file`.
    public init(yaml: String, file: String) throws(InputRejected) {
        guard let root = try DocumentNode.parse(yaml, file: file) else {
            throw InputRejected([Diagnostic(file: file, line: nil, field: nil, message: "the taxonomy file is empty")])
        }
        let decoding = NodeDecoding(file: file, userInfo: [:])
        guard let taxonomy = decoding.decode(Taxonomy.self, from: root) else {
            throw InputRejected(decoding.diagnostics)
        }
        if !taxonomy.problems.isEmpty {
            throw InputRejected(taxonomy.problems.map { Diagnostic(file: file, line: nil, field: nil, message: $0) })
        }
        self = taxonomy
    }

    /// The taxonomy at `path`, or the built-in one when `path` is nil.
    public static func load(path: String?) throws -> Taxonomy {
        guard let path else { return .standard }
        let text = try InputText.read(path: path)
        return try Taxonomy(yaml: text, file: path)
    }
}

/// Reading input files as text, with errors that name the file.
public enum InputText {
    /// The largest case file, case CSV or taxonomy read, in bytes.
    public static let largest = 4 << 20

    /// The UTF-8 text of a file (a leading byte-order mark is dropped); located errors otherwise.
    public static func read(path: String, largest: Int = InputText.largest) throws(InputRejected) -> String {
        // Written by hand, these files are small: a huge one is refused before it is read, so
        // memory stays bounded whatever file is given.
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > largest {
            throw InputRejected([Diagnostic(file: path, line: nil, field: nil, message: String(
                format: "the file is %.1f MB, more than the %d MB a case file or taxonomy may have; split it into several files",
                Double(size) / 1_048_576, largest >> 20))])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputRejected([Diagnostic(file: path, line: nil, field: nil, message: "cannot read the file (missing or not readable)")])
        }
        return try decode(data, file: path)
    }

    /// `data` as UTF-8 text, or a diagnostic that says where it stops being UTF-8.
    public static func decode(_ data: Data, file: String) throws(InputRejected) -> String {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw InputRejected([Diagnostic(file: file, line: 1, field: nil, message: "the file is UTF-16; save it as UTF-8")])
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let line = badUTF8Line(bytes)
            throw InputRejected([Diagnostic(
                file: file, line: line, field: nil,
                message: "the file is not valid UTF-8 (GBK? convert it with: iconv -f GBK -t UTF-8)")])
        }
        if let nul = text.firstIndex(of: "\0") {
            let line = text[..<nul].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            throw InputRejected([Diagnostic(file: file, line: line, field: nil, message: "the file contains a NUL byte")])
        }
        return text
    }

    static func badUTF8Line(_ bytes: Data) -> Int {
        var line = 1
        var start = bytes.startIndex
        for index in bytes.indices where bytes[index] == 0x0A {
            if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}

extension Taxonomy {
    /// The YAML text of the taxonomy at `path`, or of the built-in one.
    public static func text(path: String?) throws -> String {
        guard let path else { return DefaultTaxonomy.yaml + "\n" }
        return try InputText.read(path: path)
    }
}
