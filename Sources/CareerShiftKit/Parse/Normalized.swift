import Foundation

/// Text folding shared by the parsers and the taxonomy matcher.
public enum Normalized {
    /// Full-width ASCII (`１５Ｋ`, `（`) folded to ASCII, ideographic space to space.
    public static func ascii(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// The form names are compared in: ASCII-folded, lower-cased, white space collapsed.
    public static func key(_ text: String) -> String {
        ascii(text).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// Small Chinese numerals as they appear in pay and counts: 三, 十五, 二十, 两.
public enum ChineseNumeral {
    static let digits: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
        "八": 8, "九": 9,
    ]

    /// True for the characters this reader knows.
    public static func isNumeral(_ c: Character) -> Bool { digits[c] != nil || c == "十" }

    /// The value of a numeral below 100 (`三`, `十五`, `二十`, `二十五`), or nil.
    public static func value(of text: String) -> Int? {
        let chars = Array(text)
        guard !chars.isEmpty, chars.count <= 3 else { return nil }
        if let ten = chars.firstIndex(of: "十") {
            let tens = ten == 0 ? 1 : (ten == 1 ? digits[chars[0]] : nil)
            let rest = chars[(ten + 1)...]
            guard let t = tens, rest.count <= 1 else { return nil }
            let units = rest.first.map { digits[$0] } ?? 0
            guard let u = units else { return nil }
            return t * 10 + u
        }
        guard chars.count == 1, let d = digits[chars[0]] else { return nil }
        return d
    }

    /// Two adjacent digits meaning a range, as in 三四千 (3–4 thousand) or 五六万; nil otherwise.
    public static func adjacentRange(_ text: String) -> (Int, Int)? {
        let chars = Array(text)
        guard chars.count == 2, let a = digits[chars[0]], let b = digits[chars[1]], b == a + 1 else { return nil }
        return (a, b)
    }
}
