/// Reads job titles as people write them: an occupation head (全栈, 算法, 产品经理, engineer …) and
/// qualifiers anywhere in the title (AI, 大模型, `（AI方向）`, `- Generative AI`), composed by the
/// taxonomy's rules into a role, with a layer, an AI and a GenAI flag, a confidence and the
/// evidence: the names that decided.
///
/// One pass of an Aho–Corasick automaton finds every role name and term name in the title. Each
/// role found by one of its names is a candidate, and so is each role whose `compose` rule has all
/// its parts in the title. The candidate whose evidence holds the most qualifiers (terms of class
/// ai or genai) wins; then a specific role over a weak head (工程师, engineer, 实习生); then the one
/// whose evidence holds more context words (推荐, 语音, 医疗); then the one whose evidence covers the
/// most characters (characters, not UTF-8 bytes); then the one whose head comes first in the
/// title; then the role listed first in the taxonomy. A term alone never makes a role.
public struct TitleClassifier: Sendable {
    /// The role chosen for a title and where its deciding name is in the folded title.
    public struct Match: Equatable, Sendable {
        public var role: Int
        public var start: Int
        public var length: Int
        /// An AI role whose title names LLM or generative work (or whose role is GenAI).
        public var genai = false
        /// The occupation head (`Classification.head`).
        public var head: Int?
    }

    /// How sure a classification is.
    public enum Confidence: String, Sendable, Equatable, Comparable, CaseIterable {
        case high, medium, low

        public static func < (lhs: Confidence, rhs: Confidence) -> Bool {
            allCases.firstIndex(of: lhs)! > allCases.firstIndex(of: rhs)!
        }
    }

    /// What a title was read as.
    public struct Classification: Equatable, Sendable {
        /// Index into `roles`; nil when no role was found.
        public var role: Int?
        public var ai: Bool
        public var genai: Bool
        public var confidence: Confidence
        /// The names (as the taxonomy writes them) that decided, in title order; `tag:` marks
        /// ones found in the tags, `ignored:` qualifiers that no rule used.
        public var evidence: [String]
        /// The occupation the title names besides its AI reading, for comparing like with like
        /// (AI全栈 with 全栈, AI产品经理 with 产品经理): for an AI role, the best-ranked non-AI role
        /// named in the title; for a non-AI role, that role. Never a role that names no occupation
        /// (`Role.occupation`: 实习生, 经理, 工程师 alone). Nil when there is none.
        public var head: Int?
    }

    /// Roles by index, as matches report them.
    public let roles: [Role]
    /// The taxonomy the classifier was built from.
    public let taxonomy: Taxonomy
    private let terms: [Term]
    private let automaton: NameAutomaton
    /// What each automaton pattern is: a role's name or a term's name, its characters and its text.
    private let patterns: [Pattern]
    /// Compose rules, and for each role the rules that make it.
    private let rules: [Rule]
    /// Terms that count when found in a tags column (`Term.countsInTags`).
    private let tagTerms: Set<Int>

    struct Pattern: Sendable {
        enum Kind: Sendable, Equatable { case role(Int), term(Int) }
        var kind: Kind
        var characters: Int
        var name: String
    }

    struct Rule: Sendable {
        var role: Int
        var parts: [Pattern.Kind]
    }

    /// The parts of a compose rule: `ai + full-stack-developer` → [ai, full-stack-developer].
    static func parts(of rule: String) -> [String] {
        rule.split(separator: "+").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Builds the automaton and rules for every role and term of `taxonomy`.
    public init(taxonomy: Taxonomy) {
        self.taxonomy = taxonomy
        roles = taxonomy.roles
        terms = taxonomy.terms
        var patterns: [Pattern] = []
        var names: [[UInt8]] = []
        var seen = Set<[UInt8]>()
        func add(_ name: String, _ kind: Pattern.Kind, key: String) {
            let bytes = NameAutomaton.fold(Array(name.utf8))
            guard !bytes.isEmpty, seen.insert(Array((key + "\u{1F}").utf8) + bytes).inserted else { return }
            names.append(bytes)
            patterns.append(Pattern(kind: kind, characters: NameAutomaton.characters(bytes), name: name))
        }
        for (index, role) in roles.enumerated() {
            for name in [role.id.rawValue, role.zh, role.en] + (role.aliases ?? []) { add(name, .role(index), key: "r\(index)") }
        }
        var tagTerms = Set<Int>()
        for (index, term) in terms.enumerated() {
            for name in term.names { add(name, .term(index), key: "t\(index)") }
            if term.countsInTags { tagTerms.insert(index) }
        }
        self.tagTerms = tagTerms
        self.patterns = patterns
        automaton = NameAutomaton(names: names)
        let roleIndex = Dictionary(roles.enumerated().map { ($0.element.id.rawValue, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let termIndex = Dictionary(terms.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var rules: [Rule] = []
        for (index, role) in roles.enumerated() {
            for rule in role.compose ?? [] {
                let parts: [Pattern.Kind] = Self.parts(of: rule).compactMap { part in
                    termIndex[part].map(Pattern.Kind.term) ?? roleIndex[part].map(Pattern.Kind.role)
                }
                if parts.count >= 2 { rules.append(Rule(role: index, parts: parts)) }
            }
        }
        self.rules = rules
    }

    /// A candidate role with the hits that are its evidence.
    private struct Candidate {
        var role: Int
        var hits: [NameAutomaton.Hit]
        var qualifiers: Int
        var characters: Int
        var composed: Bool
        /// Not a weak head: a specific occupation beats 工程师 or engineer however long they are.
        var specific: Int
        /// Where the occupation head starts: on a tie the head named first wins, since titles
        /// name the job first and refine it after (`人工智能产品经理（数据平台）`).
        var headStart: Int

        /// Context words (推荐, 语音, 医疗 …) that the compose rule names as parts: an AI family named
        /// beats a generic or non-ML reading of the same head.
        var context: Int

        func beats(_ other: Candidate) -> Bool {
            (qualifiers, specific, context, characters, -headStart, -role)
                > (other.qualifiers, other.specific, other.context, other.characters, -other.headStart, -other.role)
        }
    }

    /// The role of `title` (UTF-8 bytes), or nil: what `postings import` stores. `tags`, the bytes
    /// of a skills or tags cell, counts as `classification(of:tags:)` says.
    public func classify(_ title: ArraySlice<UInt8>, tags: ArraySlice<UInt8>? = nil) -> Match? {
        var hits: [NameAutomaton.Hit] = []
        hits.reserveCapacity(16)
        var tagHits: [NameAutomaton.Hit] = []
        if let tags, !tags.isEmpty { tagHits = self.tagHits(in: tags) }
        let chosen = title.withUnsafeBufferPointer { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { scratch in
                let count = NameAutomaton.fold(bytes, into: scratch)
                let text = UnsafeBufferPointer(rebasing: scratch[0..<count])
                automaton.hits(in: text, into: &hits)
                return chooseWithTags(hits, tagHits: tagHits, text: text)
            }
        }
        guard let best = chosen.best else { return nil }
        let inTitle = best.hits.filter { $0.start >= 0 }
        let start = inTitle.map(\.start).min() ?? 0
        let end = inTitle.map(\.end).max() ?? 0
        let role = roles[best.role]
        let genai = role.isAI && (role.genai == true || hits.contains { isGenAI($0) } || tagHits.contains { isGenAI($0) })
        return Match(role: best.role, start: start, length: end - start, genai: genai, head: head(of: best, plain: chosen.plainHead))
    }

    /// The role of `title` (UTF-8 bytes), or nil.
    public func classify(_ title: [UInt8]) -> Match? { classify(title[...]) }

    /// The role of `title`, or nil.
    public func classify(_ title: String) -> Match? { classify(Array(title.utf8)) }

    /// The first hit of each term that counts in tags (`Term.countsInTags`), in `tags` (UTF-8).
    private func tagHits(in tags: ArraySlice<UInt8>) -> [NameAutomaton.Hit] {
        let folded = NameAutomaton.fold(Array(tags))
        var all: [NameAutomaton.Hit] = []
        folded.withUnsafeBufferPointer { automaton.hits(in: $0, into: &all) }
        var seenTerms = Set<Int>()
        var result: [NameAutomaton.Hit] = []
        for hit in all {
            if case .term(let t) = patterns[hit.pattern].kind, tagTerms.contains(t), seenTerms.insert(t).inserted {
                result.append(hit)
            }
        }
        return result
    }

    /// The occupation head of the chosen candidate: see `Classification.head`.
    private func head(of best: Candidate, plain: Candidate?) -> Int? {
        let role = roles[best.role]
        if role.isAI { return plain?.role }
        return role.isOccupation ? best.role : nil
    }

    /// The whole reading of `title`: role, flags, confidence and evidence. `tags` is the text of a
    /// skills or tags column, where one exists: an LLM skill there (a term that counts in tags)
    /// composes with the title's head as if the title named it, with medium confidence, and makes
    /// an AI title GenAI. Generic AI, ML and data-mining tags do not count.
    public func classification(of title: String, tags: String? = nil) -> Classification {
        let folded = NameAutomaton.fold(Array(title.utf8))
        var hits: [NameAutomaton.Hit] = []
        folded.withUnsafeBufferPointer { automaton.hits(in: $0, into: &hits) }
        var tagHits: [NameAutomaton.Hit] = []
        if let tags, !tags.isEmpty { tagHits = self.tagHits(in: Array(tags.utf8)[...]) }
        let (best, runnerUp, plainHead) = folded.withUnsafeBufferPointer { chooseWithTags(hits, tagHits: tagHits, text: $0) }
        let qualifierHits = hits.filter { isQualifier($0) }
        var evidence: [String] = []
        var confidence = Confidence.high
        var genai = false
        var ai = false
        if let best {
            let role = roles[best.role]
            ai = role.isAI
            let usedTags = best.hits.contains { $0.start < 0 }
            // Each name once, leaving out names inside a longer one found (全栈 inside 全栈开发工程师).
            let shown = best.hits.filter { hit in
                hit.start < 0 || !best.hits.contains { other in
                    other.start >= 0 && other != hit && other.start <= hit.start && hit.end <= other.end && other.end - other.start > hit.end - hit.start
                }
            }
            for hit in shown.sorted(by: { ($0.start < 0 ? 1 : 0, $0.start, $0.end) < ($1.start < 0 ? 1 : 0, $1.start, $1.end) }) {
                let name = (hit.start < 0 ? "tag: " : "") + patterns[hit.pattern].name
                if !evidence.contains(name) { evidence.append(name) }
            }
            let span = best.hits.filter { $0.start >= 0 }
            let unused = qualifierHits.filter { q in !span.contains { $0.start <= q.start && q.end <= $0.end } }
            if ai {
                genai = role.genai == true || hits.contains { isGenAI($0) } || tagHits.contains { isGenAI($0) }
                // A tag that made the reading GenAI is evidence too, though no rule used it.
                if genai, role.genai != true, !hits.contains(where: { isGenAI($0) }), let tag = tagHits.first(where: { isGenAI($0) }) {
                    let name = "tag: " + patterns[tag.pattern].name
                    if !evidence.contains(name) { evidence.append(name) }
                }
                if usedTags { confidence = .medium }
            } else if !unused.isEmpty {
                confidence = .low
            }
            if !ai {
                var ignored = Set<String>()
                for hit in unused where ignored.insert(patterns[hit.pattern].name).inserted {
                    evidence.append("ignored: " + patterns[hit.pattern].name)
                }
            }
            if confidence == .high, role.weak == true, !best.composed { confidence = .medium }
            if confidence == .high, let runnerUp, runnerUp.qualifiers == best.qualifiers,
               runnerUp.characters >= best.characters - 1, roles[runnerUp.role].isAI != ai {
                confidence = .medium
            }
        } else if let first = qualifierHits.first {
            // A qualifier with no head: AI work of no known role.
            ai = true
            genai = qualifierHits.contains { isGenAI($0) }
            confidence = .low
            evidence = [patterns[first.pattern].name]
        } else {
            confidence = .low
        }
        return Classification(role: best?.role, ai: ai, genai: ai && genai, confidence: confidence, evidence: evidence,
                              head: best.flatMap { head(of: $0, plain: plainHead) })
    }

    private func isQualifier(_ hit: NameAutomaton.Hit) -> Bool {
        if case .term(let t) = patterns[hit.pattern].kind { return terms[t].isQualifier }
        return false
    }

    private func isGenAI(_ hit: NameAutomaton.Hit) -> Bool {
        if case .term(let t) = patterns[hit.pattern].kind { return terms[t].marksGenAI }
        return false
    }

    /// The title's own reading when it is AI (the tags then only add GenAI); otherwise the reading
    /// with the tags' LLM skills composed in, which can make a non-AI title AI.
    private func chooseWithTags(_ hits: [NameAutomaton.Hit], tagHits: [NameAutomaton.Hit], text: UnsafeBufferPointer<UInt8>)
        -> (best: Candidate?, runnerUp: Candidate?, plainHead: Candidate?)
    {
        let own = choose(hits, tagHits: [], text: text)
        if tagHits.isEmpty { return own }
        if let best = own.best, roles[best.role].isAI { return own }
        return choose(hits, tagHits: tagHits, text: text)
    }

    /// The best candidate, the best one of another role, and the best non-AI, non-weak role
    /// named in the title by itself (the occupation head of an AI reading). `text` is the folded
    /// title the hits point into (characters are counted on it).
    private func choose(_ hits: [NameAutomaton.Hit], tagHits: [NameAutomaton.Hit], text: UnsafeBufferPointer<UInt8>)
        -> (best: Candidate?, runnerUp: Candidate?, plainHead: Candidate?)
    {
        guard !hits.isEmpty else { return (nil, nil, nil) }
        // Every hit of each role, and the first hit of each term (title first, then tags).
        var roleHits: [Int: [NameAutomaton.Hit]] = [:]
        var termHits: [Int: NameAutomaton.Hit] = [:]
        for hit in hits {
            switch patterns[hit.pattern].kind {
            case .role(let r): roleHits[r, default: []].append(hit)
            case .term(let t): if termHits[t] == nil { termHits[t] = hit }
            }
        }
        for hit in tagHits {
            if case .term(let t) = patterns[hit.pattern].kind, termHits[t] == nil {
                termHits[t] = NameAutomaton.Hit(pattern: hit.pattern, start: -1, end: -1)
            }
        }
        let qualifierSpans = hits.filter { isQualifier($0) }
        func score(_ role: Int, _ evidence: [NameAutomaton.Hit], composed: Bool) -> Candidate {
            let inTitle = evidence.filter { $0.start >= 0 }
            // Characters covered by the evidence, each counted once: bytes that start a character.
            var covered = Set<Int>()
            for hit in inTitle {
                for offset in hit.start..<hit.end where text[offset] & 0xC0 != 0x80 { covered.insert(offset) }
            }
            var qualifiers = qualifierSpans.filter { q in inTitle.contains { $0.start <= q.start && q.end <= $0.end } }.count
            qualifiers += evidence.filter { $0.start < 0 }.count
            let head = inTitle.filter { if case .role = patterns[$0.pattern].kind { return true } else { return false } }
            // Specific: the role is not a weak head, nor made only from weak heads (AI + 实习生).
            let headRoles = head.compactMap { hit -> Int? in if case .role(let r) = patterns[hit.pattern].kind { return r } else { return nil } }
            let weakHead = roles[role].weak == true || (composed && !headRoles.isEmpty && headRoles.allSatisfy { roles[$0].weak == true })
            let context = evidence.filter { hit in
                if case .term(let t) = patterns[hit.pattern].kind { return !terms[t].isQualifier }
                return false
            }.count
            return Candidate(role: role, hits: evidence, qualifiers: qualifiers, characters: covered.count, composed: composed,
                             specific: weakHead ? 0 : 1, headStart: head.map(\.start).min() ?? Int.max / 2, context: context)
        }
        var best: Candidate?
        var runnerUp: Candidate?
        func offer(_ candidate: Candidate) {
            if let current = best {
                if candidate.beats(current) {
                    if candidate.role != current.role { runnerUp = current }
                    best = candidate
                } else if candidate.role != current.role, runnerUp.map({ candidate.beats($0) }) ?? true {
                    runnerUp = candidate
                }
            } else {
                best = candidate
            }
        }
        var plainHead: Candidate?
        for (role, hits) in roleHits {
            let candidate = score(role, hits, composed: false)
            offer(candidate)
            if !roles[role].isAI, roles[role].isOccupation, plainHead.map({ candidate.beats($0) }) ?? true { plainHead = candidate }
        }
        for rule in rules {
            var evidence: [NameAutomaton.Hit] = []
            var complete = true
            for part in rule.parts {
                switch part {
                case .role(let r):
                    if let hits = roleHits[r] { evidence += hits } else { complete = false }
                case .term(let t):
                    if let hit = termHits[t] { evidence.append(hit) } else { complete = false }
                }
                if !complete { break }
            }
            if complete { offer(score(rule.role, evidence, composed: true)) }
        }
        return (best, runnerUp, plainHead)
    }

    /// States of the name automaton (each costs a row of transitions).
    public var automatonStates: Int { automaton.stateCount }
}
