/// Which column of a job-board export holds what. Headers common in Chinese and English exports
/// are recognised; `--columns title=职位名称,pay=薪资` names others. Other columns are ignored.
public struct PostingColumns: Sendable, Equatable {
    /// The fields careershift reads from postings.
    public enum Field: String, CaseIterable, Sendable {
        case title, pay, city, company, date, experience, education
        /// A skills or tags column: an LLM or machine-learning skill there can mark a posting AI.
        case tags
    }

    /// Header names recognised without `--columns`, per field (compared case-insensitively). Where
    /// a header has several, the name listed first wins, whatever the column order.
    public static let recognised: [Field: [String]] = [
        .title: ["职位名称", "岗位名称", "职位", "岗位", "招聘职位", "title", "job title", "job_title", "position",
                 "position_name", "positionname", "job_name", "jobname"],
        .pay: ["薪资", "薪资范围", "薪水", "薪酬", "工资", "月薪", "salary", "pay", "compensation", "salary range"],
        .city: ["城市", "工作地点", "工作城市", "地点", "所在地", "职位地址", "工作地址", "location", "city", "work location", "address"],
        .company: ["公司名称", "公司", "企业名称", "招聘公司", "company", "company name", "employer", "company_name", "companyname"],
        .date: ["发布时间", "发布日期", "更新时间", "日期", "date", "posted", "posted date", "publish date", "date posted"],
        .experience: ["经验要求", "工作经验", "经验", "experience", "work_years", "workyear"],
        .education: ["学历要求", "学历", "education"],
        // Skills first: on BOSS直聘 exports 职位标签 holds experience and degree (3-5年|本科) while
        // 技能要求 holds the skills.
        .tags: ["技能要求", "技能标签", "技能", "skills", "skill", "job_skills", "job skills", "skill tags", "skill_tags", "关键词",
                "职位标签", "岗位标签", "标签", "tags", "job_tag_list", "positionlables", "positionlabels"],
    ]


    /// The column index of each field found.
    public var index: [Field: Int]
    /// How many columns the header has.
    public var width: Int

    /// Why the header could not be used.
    public struct Problem: Error, Equatable, Sendable {
        public var message: String
    }

    /// Reads `--columns title=职位名称,pay=薪资,…` into field → header name.
    public static func overrides(_ text: String) throws(Problem) -> [Field: String] {
        var result: [Field: String] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let field = Field(rawValue: parts[0].lowercased()), !parts[1].isEmpty else {
                throw Problem(message: "--columns: expected field=header pairs with fields \(Field.allCases.map(\.rawValue).joined(separator: ", ")), got \"\(pair)\"")
            }
            result[field] = parts[1]
        }
        return result
    }

    /// Matches a header row; a title column is required.
    public init(header: [String], overrides: [Field: String] = [:]) throws(Problem) {
        let names = header.map { Normalized.key($0.replacingOccurrences(of: "\u{FEFF}", with: "")) }
        var index: [Field: Int] = [:]
        for field in Field.allCases {
            if let wanted = overrides[field] {
                guard let found = names.firstIndex(of: Normalized.key(wanted)) else {
                    throw Problem(message: "--columns: no column \"\(wanted)\" in the header (\(header.joined(separator: ", ")))")
                }
                index[field] = found
            } else if let found = (Self.recognised[field] ?? []).lazy.compactMap({ names.firstIndex(of: Normalized.key($0)) }).first {
                index[field] = found
            }
        }
        guard index[.title] != nil else {
            throw Problem(message: "no title column: expected one of \((Self.recognised[.title] ?? []).joined(separator: ", ")), or name it with --columns title=HEADER")
        }
        self.index = index
        width = header.count
    }
}
