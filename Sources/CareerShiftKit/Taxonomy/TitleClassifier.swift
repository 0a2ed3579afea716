/// Classifies job titles to taxonomy roles in one pass per title, with an Aho–Corasick automaton
/// over every role name and alias in both languages at once.
///
/// Titles and names are compared after folding: ASCII upper case to lower case, full-width ASCII
/// (`ＡＩ`, `（`) to ASCII. A name that starts or ends with an ASCII letter or digit only matches at a
/// word boundary there (so `RL` does not match inside `world`); Chinese names match anywhere.
///
/// When several names match, the most specific wins: the longest name (in bytes of UTF-8, so a
/// Chinese character outweighs a Latin letter); on a tie, the one that starts first in the title;
/// then the role listed first in the taxonomy.
public struct TitleClassifier: Sendable {
    /// The role chosen for a title and the name that matched.
    public struct Match: Equatable, Sendable {
        public var role: Int
        public var start: Int
        public var length: Int
    }

    /// Roles by index, as matches report them.
    public let roles: [Role]
    // The automaton: goto transitions as a flat table over byte classes, failure links, outputs.
    private var next: [Int32]
    private var fail: [Int32]
    /// For each state, the best pattern ending there (following failure links), or -1.
    private var output: [Int32]
    private var patterns: [(role: Int32, length: Int32, boundedStart: Bool, boundedEnd: Bool)]
    /// A second-best output for states whose best fails a word-boundary check.
    private var outputChain: [Int32]
    private var patternNext: [Int32]

    /// Builds the automaton for every role of `taxonomy`.
    public init(taxonomy: Taxonomy) {
        roles = taxonomy.roles
        next = [Int32](repeating: -1, count: 256)
        fail = [0]
        output = [-1]
        patterns = []
        patternNext = []
        outputChain = []
        var seen = Set<[UInt8]>()
        for (index, role) in roles.enumerated() {
            for name in [role.id.rawValue, role.zh, role.en] + (role.aliases ?? []) {
                let bytes = Self.fold(Array(name.utf8))
                guard !bytes.isEmpty, !seen.contains(bytes) else { continue }
                seen.insert(bytes)
                insert(bytes, role: Int32(index))
            }
        }
        link()
    }

    /// Folds ASCII upper case and full-width ASCII so names and titles compare alike.
    static func fold(_ bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: bytes.count)
        let count = bytes.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { fold(input, into: $0) }
        }
        return Array(out.prefix(count))
    }

    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A)
    }

    private mutating func insert(_ bytes: [UInt8], role: Int32) {
        var state = 0
        for b in bytes {
            let slot = state * 256 + Int(b)
            if next[slot] < 0 {
                next[slot] = Int32(fail.count)
                next += [Int32](repeating: -1, count: 256)
                fail.append(0)
                output.append(-1)
            }
            state = Int(next[slot])
        }
        let pattern = Int32(patterns.count)
        patterns.append((role, Int32(bytes.count), Self.isWordByte(bytes[0]), Self.isWordByte(bytes[bytes.count - 1])))
        patternNext.append(output[state])
        output[state] = pattern
    }

    /// Breadth-first: failure links, and each state's output list extended by its failure state's.
    private mutating func link() {
        var queue: [Int] = []
        for b in 0..<256 {
            let child = next[b]
            if child < 0 {
                next[b] = 0
            } else {
                fail[Int(child)] = 0
                queue.append(Int(child))
            }
        }
        outputChain = [Int32](repeating: -1, count: fail.count)
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            outputChain[state] = output[fail[state] == Int32(state) ? 0 : Int(fail[state])] >= 0 ? fail[state] : outputChain[Int(fail[state])]
            for b in 0..<256 {
                let slot = state * 256 + b
                let child = next[slot]
                if child < 0 {
                    next[slot] = next[Int(fail[state]) * 256 + b]
                } else {
                    fail[Int(child)] = next[Int(fail[state]) * 256 + b]
                    queue.append(Int(child))
                }
            }
        }
    }

    /// The most specific role named in `title` (UTF-8 bytes), or nil.
    public func classify(_ title: ArraySlice<UInt8>) -> Match? {
        title.withUnsafeBufferPointer { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { scratch in
                let count = Self.fold(bytes, into: scratch)
                return classifyFolded(UnsafeBufferPointer(rebasing: scratch[0..<count]))
            }
        }
    }

    /// The most specific role named in `title` (UTF-8 bytes), or nil.
    public func classify(_ title: [UInt8]) -> Match? { classify(title[...]) }

    /// Folds `bytes` into `out` (at least as long); returns the folded length.
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var i = 0, n = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0xEF, i + 2 < bytes.count, (bytes[i + 1] == 0xBC && bytes[i + 2] >= 0x81) || (bytes[i + 1] == 0xBD && bytes[i + 2] <= 0x9E) {
                let scalar = (UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)) + 0xF000 - 0xFEE0
                out[n] = lower(UInt8(truncatingIfNeeded: scalar))
                i += 3
            } else if b == 0xE3, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 {
                out[n] = 0x20
                i += 3
            } else {
                out[n] = lower(b)
                i += 1
            }
            n += 1
        }
        return n
    }

    /// The most specific role named in `title`, or nil.
    public func classify(_ title: String) -> Match? { classify(Array(title.utf8)) }

    func classifyFolded(_ text: UnsafeBufferPointer<UInt8>) -> Match? {
        next.withUnsafeBufferPointer { next in
            output.withUnsafeBufferPointer { output in
                outputChain.withUnsafeBufferPointer { chain in
                    patternNext.withUnsafeBufferPointer { patternNext in
                        patterns.withUnsafeBufferPointer { patterns in
                            var best: Match?
                            var state = 0
                            for i in 0..<text.count {
                                state = Int(next[state &* 256 &+ Int(text[i])])
                                var s = state
                                while s > 0 {
                                    var p = output[s]
                                    while p >= 0 {
                                        let pattern = patterns[Int(p)]
                                        let length = Int(pattern.length)
                                        let start = i + 1 - length
                                        let okStart = !pattern.boundedStart || start == 0 || !Self.isWordByte(text[start - 1])
                                        let okEnd = !pattern.boundedEnd || i + 1 == text.count || !Self.isWordByte(text[i + 1])
                                        if okStart && okEnd {
                                            let candidate = Match(role: Int(pattern.role), start: start, length: length)
                                            if let current = best {
                                                if (length, -start, -Int(pattern.role)) > (current.length, -current.start, -current.role) { best = candidate }
                                            } else {
                                                best = candidate
                                            }
                                        }
                                        p = patternNext[Int(p)]
                                    }
                                    s = Int(chain[s])
                                }
                            }
                            return best
                        }
                    }
                }
            }
        }
    }
}
