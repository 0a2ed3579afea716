/// One problem found in an input file, located by line and field:
/// `Datasets/cases/x.yaml:42: error: offers[1].pay: cannot read "15-25Kx" as pay: …`.
public struct Diagnostic: Error, Equatable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var field: String?
    public var message: String

    /// A message quoting a huge value (a field of megabytes) keeps its first and last 200
    /// characters, so errors stay readable and small.
    public init(file: String, line: Int?, field: String?, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message.count > 500
            ? "\(message.prefix(200))…[\(message.count - 400) characters left out]…\(message.suffix(200))" : message
    }

    public var description: String {
        let location = line.map { "\(file):\($0)" } ?? file
        let what = field.map { "\($0): \(message)" } ?? message
        return "\(location): error: \(what)"
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.field ?? "", lhs.message) < (rhs.file, rhs.line ?? 0, rhs.field ?? "", rhs.message)
    }
}

/// Input was rejected: every diagnostic found, in file and line order.
public struct InputRejected: Error, Equatable, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics.sorted() }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
