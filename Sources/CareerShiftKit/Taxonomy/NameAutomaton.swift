/// An Aho–Corasick automaton over many names at once: one pass over a title finds every name in
/// it, with where it starts and ends.
///
/// Titles and names are compared after folding: ASCII upper case to lower case, full-width ASCII
/// (`ＡＩ`, `（`) to ASCII, the ideographic space to a space. A name that starts or ends with an
/// ASCII letter or digit only matches at a word boundary there (so `RL` does not match inside
/// `world`); Chinese names match anywhere.
struct NameAutomaton: Sendable {
    /// A name found in a text: which name, and its bytes in the folded text.
    struct Hit: Equatable, Sendable {
        var pattern: Int
        var start: Int
        var end: Int
    }

    /// The names, as they were added (folded), with their word-boundary flags.
    private(set) var patterns: [(bytes: Int, boundedStart: Bool, boundedEnd: Bool)] = []
    /// Transitions over byte classes: bytes that occur in no name share class 0.
    private var classes = [UInt8](repeating: 0, count: 256)
    private var classCount = 1
    /// Transitions over byte classes: 16-bit states when there are fewer than 65,535 (about
    /// 2.7 MB for the built-in taxonomy), else 32-bit.
    private var next: [Int32] = []
    private var next16: [UInt16] = []
    /// For each state, the first pattern ending there, or -1; `patternNext` chains the others,
    /// and `outputChain` jumps to the next state on the failure path that has any.
    private var output: [Int32] = []
    private var outputChain: [Int32] = []
    private var patternNext: [Int32] = []

    /// Builds the automaton; pattern i is `names[i]` (folded). Empty names never match.
    /// The trie is built sparse first, then its dense table is allocated once at its final
    /// size (16-bit states when there are fewer than 65,535): building leaves no larger
    /// transient table behind in the process's peak memory.
    init(names: [[UInt8]]) {
        var seenBytes = [Bool](repeating: false, count: 256)
        for name in names { for b in name { seenBytes[Int(b)] = true } }
        for b in 0..<256 where seenBytes[b] {
            classes[b] = UInt8(classCount)
            classCount += 1
        }
        var children: [Int: Int32] = [:]
        var states = 1
        output = [-1]
        for name in names {
            patterns.append((name.count, name.first.map(Self.isWordByte) ?? false, name.last.map(Self.isWordByte) ?? false))
            patternNext.append(-1)
            guard !name.isEmpty else { continue }
            var state = 0
            for b in name {
                let slot = state * classCount + Int(classes[Int(b)])
                if let child = children[slot] {
                    state = Int(child)
                } else {
                    children[slot] = Int32(states)
                    state = states
                    states += 1
                    output.append(-1)
                }
            }
            let pattern = Int32(patterns.count - 1)
            patternNext[Int(pattern)] = output[state]
            output[state] = pattern
        }
        if states < Int(UInt16.max) {
            var table = Self.table(states: states, classes: classCount, children: children, as: UInt16.self)
            link(&table, sentinel: UInt16.max)
            next16 = table
        } else {
            var table = Self.table(states: states, classes: classCount, children: children, as: Int32.self)
            link(&table, sentinel: Int32.max)
            next = table
        }
    }

    /// The goto table: `children` where the trie has them, `State.max` elsewhere.
    private static func table<State: FixedWidthInteger>(states: Int, classes: Int, children: [Int: Int32], as: State.Type) -> [State] {
        var table = [State](repeating: State.max, count: states * classes)
        for (slot, child) in children { table[slot] = State(child) }
        return table
    }

    /// Breadth-first: failure links turn missing transitions into their failure state's, and
    /// each state learns the next state on its failure path with any output.
    private mutating func link<State: FixedWidthInteger>(_ next: inout [State], sentinel: State) {
        var fail = [Int32](repeating: 0, count: output.count)
        var queue: [Int] = []
        for c in 0..<classCount {
            if next[c] == sentinel {
                next[c] = 0
            } else {
                queue.append(Int(next[c]))
            }
        }
        outputChain = [Int32](repeating: -1, count: output.count)
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            let f = Int(fail[state])
            outputChain[state] = f == 0 ? -1 : (output[f] >= 0 ? Int32(f) : outputChain[f])
            for c in 0..<classCount {
                let slot = state * classCount + c
                let viaFail = next[f * classCount + c]
                if next[slot] == sentinel {
                    next[slot] = viaFail
                } else {
                    fail[Int(next[slot])] = Int32(viaFail)
                    queue.append(Int(next[slot]))
                }
            }
        }
    }

    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A)
    }

    /// Folds ASCII upper case and full-width ASCII so names and titles compare alike.
    static func fold(_ bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: bytes.count)
        let count = bytes.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { fold(input, into: $0) }
        }
        return Array(out.prefix(count))
    }

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

    /// Characters (Unicode scalars) in UTF-8 bytes: every byte that does not continue a character.
    static func characters(_ bytes: some Collection<UInt8>) -> Int {
        bytes.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }

    /// Every name in the folded `text` that passes its word-boundary checks, in the order the
    /// names end; at most `limit` hits (a title naming more is noise past that).
    func hits(in text: UnsafeBufferPointer<UInt8>, limit: Int = 96, into out: inout [Hit]) {
        if next16.isEmpty {
            next.withUnsafeBufferPointer { hits(in: text, next: $0, limit: limit, into: &out) }
        } else {
            next16.withUnsafeBufferPointer { hits(in: text, next: $0, limit: limit, into: &out) }
        }
    }

    @inline(__always)
    private func hits<State: FixedWidthInteger>(
        in text: UnsafeBufferPointer<UInt8>, next: UnsafeBufferPointer<State>, limit: Int, into out: inout [Hit]
    ) {
        output.withUnsafeBufferPointer { output in
            outputChain.withUnsafeBufferPointer { chain in
                patternNext.withUnsafeBufferPointer { patternNext in
                    patterns.withUnsafeBufferPointer { patterns in
                        classes.withUnsafeBufferPointer { classes in
                            var state = 0
                            for i in 0..<text.count {
                                state = Int(next[state &* classCount &+ Int(classes[Int(text[i])])])
                                var s = output[state] >= 0 ? state : Int(chain[state])
                                while s > 0 {
                                    var p = output[s]
                                    while p >= 0 {
                                        let pattern = patterns[Int(p)]
                                        let start = i + 1 - pattern.bytes
                                        // A Latin name must not continue a word, nor follow a dot inside
                                        // one (`LearnWith.AI`, `character.ai` are names, not AI).
                                        let okStart = !pattern.boundedStart || start == 0
                                            || (!Self.isWordByte(text[start - 1])
                                                && !(text[start - 1] == 0x2E && start >= 2 && Self.isWordByte(text[start - 2])))
                                        let okEnd = !pattern.boundedEnd || i + 1 == text.count || !Self.isWordByte(text[i + 1])
                                        if okStart && okEnd {
                                            if out.count == limit { return }
                                            out.append(Hit(pattern: Int(p), start: start, end: i + 1))
                                        }
                                        p = patternNext[Int(p)]
                                    }
                                    s = Int(chain[s])
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// States of the automaton (for measuring its memory).
    var stateCount: Int { outputChain.count }
}
