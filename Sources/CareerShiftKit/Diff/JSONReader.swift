/// A small JSON reader that keeps numbers exactly as written and object keys in order, so a
/// report read back prints its numbers as the report did (`100.0`, not `100`).
enum JSONReader {
    struct Failure: Error {
        var offset: Int
        var reason: String
    }

    static func parse(_ bytes: [UInt8]) throws -> JSON {
        var index = 0
        let value = try parseValue(bytes, &index, depth: 0)
        skipSpace(bytes, &index)
        guard index == bytes.count else { throw Failure(offset: index, reason: "text after the JSON value") }
        return value
    }

    static func skipSpace(_ b: [UInt8], _ i: inout Int) {
        while i < b.count, [0x20, 0x0A, 0x0D, 0x09].contains(b[i]) { i += 1 }
    }

    static func parseValue(_ b: [UInt8], _ i: inout Int, depth: Int) throws -> JSON {
        guard depth < 200 else { throw Failure(offset: i, reason: "nested too deeply") }
        skipSpace(b, &i)
        guard i < b.count else { throw Failure(offset: i, reason: "unexpected end") }
        switch b[i] {
        case UInt8(ascii: "{"):
            i += 1
            var pairs: [(String, JSON)] = []
            skipSpace(b, &i)
            if i < b.count, b[i] == UInt8(ascii: "}") { i += 1; return .object(pairs) }
            while true {
                skipSpace(b, &i)
                guard case .string(let key) = try parseValue(b, &i, depth: depth + 1) else { throw Failure(offset: i, reason: "expected a key") }
                skipSpace(b, &i)
                guard i < b.count, b[i] == UInt8(ascii: ":") else { throw Failure(offset: i, reason: "expected ':'") }
                i += 1
                pairs.append((key, try parseValue(b, &i, depth: depth + 1)))
                skipSpace(b, &i)
                guard i < b.count else { throw Failure(offset: i, reason: "unexpected end") }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                if b[i] == UInt8(ascii: "}") { i += 1; return .object(pairs) }
                throw Failure(offset: i, reason: "expected ',' or '}'")
            }
        case UInt8(ascii: "["):
            i += 1
            var items: [JSON] = []
            skipSpace(b, &i)
            if i < b.count, b[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            while true {
                items.append(try parseValue(b, &i, depth: depth + 1))
                skipSpace(b, &i)
                guard i < b.count else { throw Failure(offset: i, reason: "unexpected end") }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                if b[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                throw Failure(offset: i, reason: "expected ',' or ']'")
            }
        case UInt8(ascii: "\""):
            i += 1
            var scalars = String.UnicodeScalarView()
            var pendingHigh: UInt32?
            var run: [UInt8] = []
            func flush() {
                if !run.isEmpty { scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars); run = [] }
            }
            while i < b.count {
                let c = b[i]
                i += 1
                if c == UInt8(ascii: "\"") { flush(); return .string(String(scalars)) }
                if c != UInt8(ascii: "\\") { run.append(c); continue }
                flush()
                guard i < b.count else { break }
                let e = b[i]
                i += 1
                switch e {
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "b"): scalars.append("\u{8}")
                case UInt8(ascii: "f"): scalars.append("\u{C}")
                case UInt8(ascii: "u"):
                    guard i + 4 <= b.count, let code = UInt32(String(decoding: b[i..<i + 4], as: UTF8.self), radix: 16) else {
                        throw Failure(offset: i, reason: "bad \\u escape")
                    }
                    i += 4
                    if (0xD800...0xDBFF).contains(code) {
                        pendingHigh = code
                    } else if (0xDC00...0xDFFF).contains(code), let high = pendingHigh {
                        scalars.append(Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00))!)
                        pendingHigh = nil
                    } else if let scalar = Unicode.Scalar(code) {
                        scalars.append(scalar)
                    }
                default: scalars.append(Unicode.Scalar(e))
                }
            }
            throw Failure(offset: i, reason: "unterminated string")
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            for (word, value) in [("true", JSON.bool(true)), ("false", .bool(false)), ("null", .null)] {
                let w = Array(word.utf8)
                if i + w.count <= b.count, Array(b[i..<i + w.count]) == w {
                    i += w.count
                    return value
                }
            }
            throw Failure(offset: i, reason: "unexpected word")
        default:
            let start = i
            while i < b.count, "+-0123456789.eE".utf8.contains(b[i]) { i += 1 }
            let text = String(decoding: b[start..<i], as: UTF8.self)
            guard !text.isEmpty, Double(text) != nil else { throw Failure(offset: start, reason: "unexpected character") }
            return .number(text)
        }
    }
}

extension JSON {
    subscript(key: String) -> JSON? {
        if case .object(let pairs) = self { return pairs.first { $0.0 == key }?.1 }
        return nil
    }

    var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    var arrayValue: [JSON]? {
        if case .array(let items) = self { return items }
        return nil
    }
}
