/// Decodes `Codable` model values from a `DocumentNode` tree, collecting located diagnostics
/// instead of stopping at the first problem: an optional field that cannot be read is reported
/// and left out, so one pass finds every problem of a file.
final class NodeDecoding {
    let file: String
    let userInfo: [CodingUserInfoKey: Any]
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, userInfo: [CodingUserInfoKey: Any]) {
        self.file = file
        self.userInfo = userInfo
    }

    /// Decodes `T` from `root`; nil when anything was reported. Unknown fields are reported too.
    func decode<T: Decodable>(_ type: T.Type, from root: DocumentNode) -> T? {
        let value = try? value(T.self, at: root, path: [])
        for unknown in root.unknownKeys(path: "") {
            let suggestion = unknown.known.min { editDistance(Array(unknown.key), Array($0)) < editDistance(Array(unknown.key), Array($1)) }
            let hint = suggestion.map { s in editDistance(Array(unknown.key), Array(s)) <= 3 ? "; did you mean \"\(s)\"?" : "" } ?? ""
            report(line: unknown.line, field: unknown.field, "unknown field\(hint)")
        }
        return diagnostics.isEmpty ? value : nil
    }

    /// Marks that a problem was already reported; callers up the tree stop without adding more.
    struct Reported: Error {}

    func report(line: Int?, field: String?, _ message: String) {
        diagnostics.append(Diagnostic(file: file, line: line, field: field?.isEmpty == true ? nil : field, message: message))
    }

    func value<T: Decodable>(_ type: T.Type, at node: DocumentNode, path: [any CodingKey]) throws -> T {
        do {
            let value = try T(from: NodeDecoder(node: node, codingPath: path, decoding: self))
            node.decoded = true
            return value
        } catch let error as DecodingError {
            report(line: node.line, field: Self.text(of: path), Self.message(for: error, node: node))
            throw Reported()
        }
    }

    /// `cases[0].offers[1].pay`
    static func text(of path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue, key.stringValue == "Index \(index)" || key is IndexKey {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }

    static func message(for error: DecodingError, node: DocumentNode) -> String {
        switch error {
        case .dataCorrupted(let context): return context.debugDescription
        case .typeMismatch(_, let context): return context.debugDescription
        case .valueNotFound(_, let context): return context.debugDescription
        case .keyNotFound(let key, _): return "required field \"\(key.stringValue)\" is missing"
        @unknown default: return "\(error)"
        }
    }
}

struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "Index \(intValue!)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

struct NodeDecoder: Decoder, SingleValueDecodingContainer {
    let node: DocumentNode
    let codingPath: [any CodingKey]
    let decoding: NodeDecoding

    var userInfo: [CodingUserInfoKey: Any] { decoding.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let pairs) = node.content else {
            throw mismatch("a mapping")
        }
        return KeyedDecodingContainer(KeyedNodeContainer<Key>(node: node, pairs: pairs, codingPath: codingPath, decoding: decoding))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let items) = node.content else {
            throw mismatch("a list")
        }
        return UnkeyedNodeContainer(items: items, codingPath: codingPath, decoding: decoding)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func mismatch(_ expected: String) -> DecodingError {
        .typeMismatch(Any.self, .init(codingPath: codingPath, debugDescription: "expected \(expected), found \(node.kindDescription)"))
    }

    func decodeNil() -> Bool {
        if case .null = node.content { return true }
        return false
    }

    func scalar(_ expected: String) throws -> String {
        guard case .scalar(let text) = node.content else { throw mismatch(expected) }
        return text
    }

    func decode(_ type: String.Type) throws -> String { try scalar("text") }

    func decode(_ type: Bool.Type) throws -> Bool {
        switch try scalar("true or false").lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw mismatch("true or false")
        }
    }

    func integer<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
        guard let value = I(try scalar("a whole number").replacingOccurrences(of: "_", with: "")) else {
            throw mismatch("a whole number")
        }
        return value
    }

    func decode(_ type: Int.Type) throws -> Int { try integer(Int.self) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(Int8.self) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(Int16.self) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(Int32.self) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(Int64.self) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(UInt.self) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(UInt8.self) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(UInt16.self) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(UInt32.self) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(UInt64.self) }

    func decode(_ type: Double.Type) throws -> Double {
        guard let value = Double(try scalar("a number")) else { throw mismatch("a number") }
        return value
    }

    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: self) }
}

struct KeyedNodeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let node: DocumentNode
    let pairs: [(key: String, value: DocumentNode)]
    let codingPath: [any CodingKey]
    let decoding: NodeDecoding

    var allKeys: [Key] { pairs.compactMap { Key(stringValue: $0.key) } }

    func contains(_ key: Key) -> Bool { child(key) != nil }

    func child(_ key: Key) -> DocumentNode? {
        node.requestedKeys.insert(key.stringValue)
        return pairs.first { $0.key == key.stringValue }?.value
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let child = child(key) else { return true }
        if case .null = child.content { return true }
        return false
    }

    /// Required fields: a problem is reported; decoding then goes on with a stand-in value (when
    /// the type has one) so that the rest of the entry is checked too. The result of a decoding
    /// with diagnostics is never used.
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let path = codingPath + [key]
        guard let child = child(key) else {
            decoding.report(line: node.line, field: NodeDecoding.text(of: path), "required field is missing")
            return try StandIn.value(T.self)
        }
        if case .null = child.content {
            decoding.report(line: child.line, field: NodeDecoding.text(of: path), "required field is empty")
            return try StandIn.value(T.self)
        }
        do {
            return try decoding.value(T.self, at: child, path: path)
        } catch is NodeDecoding.Reported {
            return try StandIn.value(T.self)
        }
    }

    /// Optional fields: a value that cannot be read is reported and decoded as absent.
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let child = child(key) else { return nil }
        if case .null = child.content { return nil }
        return try? decoding.value(T.self, at: child, path: codingPath + [key])
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decode(Wrapped<Bool>.self, forKey: key).value }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decode(Wrapped<String>.self, forKey: key).value }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decode(Wrapped<Double>.self, forKey: key).value }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decode(Wrapped<Int>.self, forKey: key).value }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decode(Wrapped<Int64>.self, forKey: key).value }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try decodeIfPresent(Wrapped<Bool>.self, forKey: key)?.value }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try decodeIfPresent(Wrapped<String>.self, forKey: key)?.value }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try decodeIfPresent(Wrapped<Double>.self, forKey: key)?.value }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try decodeIfPresent(Wrapped<Int>.self, forKey: key)?.value }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try decodeIfPresent(Wrapped<Int64>.self, forKey: key)?.value }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder(for: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder(for: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { NodeDecoder(node: node, codingPath: codingPath, decoding: decoding) }
    func superDecoder(forKey key: Key) throws -> any Decoder { try decoder(for: key) }

    private func decoder(for key: Key) throws -> NodeDecoder {
        guard let child = child(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "missing"))
        }
        return NodeDecoder(node: child, codingPath: codingPath + [key], decoding: decoding)
    }
}

/// Routes the primitive overloads through the generic path, so that they are located too.
private struct Wrapped<T: Decodable>: Decodable {
    var value: T
    init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decode(T.self)
    }
}

struct UnkeyedNodeContainer: UnkeyedDecodingContainer {
    let items: [DocumentNode]
    let codingPath: [any CodingKey]
    let decoding: NodeDecoding
    var currentIndex = 0

    init(items: [DocumentNode], codingPath: [any CodingKey], decoding: NodeDecoding) {
        self.items = items
        self.codingPath = codingPath
        self.decoding = decoding
    }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { return true }
        if case .null = items[currentIndex].content {
            currentIndex += 1
            return true
        }
        return false
    }

    /// On a bad element, the rest are decoded too (for their diagnostics) before giving up.
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let index = currentIndex
        currentIndex += 1
        do {
            return try element(T.self, at: index)
        } catch {
            for later in currentIndex..<items.count { _ = try? element(T.self, at: later) }
            currentIndex = items.count
            throw error
        }
    }

    private func element<T: Decodable>(_ type: T.Type, at index: Int) throws -> T {
        let path = codingPath + [IndexKey(index)]
        if case .null = items[index].content {
            decoding.report(line: items[index].line, field: NodeDecoding.text(of: path), "empty list item")
            throw NodeDecoding.Reported()
        }
        return try decoding.value(T.self, at: items[index], path: path)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        defer { currentIndex += 1 }
        return try NodeDecoder(node: items[currentIndex], codingPath: codingPath + [IndexKey(currentIndex)], decoding: decoding).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        defer { currentIndex += 1 }
        return try NodeDecoder(node: items[currentIndex], codingPath: codingPath + [IndexKey(currentIndex)], decoding: decoding).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        defer { currentIndex += 1 }
        return NodeDecoder(node: items[currentIndex], codingPath: codingPath + [IndexKey(currentIndex)], decoding: decoding)
    }
}

/// Stand-in values for required fields that could not be read, so decoding can go on to find
/// further problems. Types without one stop the enclosing entry.
enum StandIn {
    static func value<T>(_ type: T.Type) throws -> T {
        if let value = known(type) { return value }
        throw NodeDecoding.Reported()
    }

    private static func known<T>(_ type: T.Type) -> T? {
        if let standIn = T.self as? any HasStandIn.Type { return standIn.standIn as? T }
        if let textEnum = T.self as? any TextEnum.Type { return first(of: textEnum) as? T }
        return nil
    }

    private static func first<E: TextEnum>(of type: E.Type) -> E? { E.allCases.first }
}

/// A type that can stand in for a required value that could not be read.
protocol HasStandIn {
    static var standIn: Self { get }
}

extension String: HasStandIn { static var standIn: String { "" } }
extension Int: HasStandIn { static var standIn: Int { 0 } }
extension Int64: HasStandIn { static var standIn: Int64 { 0 } }
extension Bool: HasStandIn { static var standIn: Bool { false } }
extension Array: HasStandIn { static var standIn: [Element] { [] } }
extension Identifier: HasStandIn { static var standIn: Identifier { Identifier("") } }
extension Persona: HasStandIn { static var standIn: Persona { Persona() } }
extension FuzzyDate: HasStandIn { static var standIn: FuzzyDate { FuzzyDate(year: 2000) } }
extension Observation.Observer: HasStandIn { static var standIn: Observation.Observer { .init(name: "") } }
