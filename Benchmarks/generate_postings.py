#!/usr/bin/env python3
"""Writes a realistic job-board CSV export of N postings, deterministically (fixed seed).

Titles in Chinese and English with prefixes, suffixes and brackets; quoted fields; every pay
format careershift reads; several date formats (full dates, month-day without a year, and
"N天前发布" relative to the crawl day 2024-12-31); about 2% exact duplicates and 0.5% garbage rows.

usage: generate_postings.py N OUT.csv [--seed 42]
Read it with: careershift postings import OUT.csv --year 2024 --crawled 2024-12-31
"""
import random
import sys

ROLES = {
    "model": ["大模型算法工程师", "LLM算法工程师", "大模型研究员", "强化学习研究员", "NLP算法工程师", "CV算法工程师",
              "LLM Engineer", "Research Scientist", "RL Researcher", "大模型工程师"],
    "application": ["AI产品经理", "大模型应用开发工程师", "AI应用开发", "RAG工程师", "大模型微调工程师", "提示词工程师",
                    "AI运营", "AI产品运营", "大模型测试工程师", "LLM Test Engineer", "AI Product Manager", "AI售前"],
    "data": ["数据标注员", "数据标注", "数据采集工程师", "Data Annotation Specialist"],
    "compute": ["算力中心运维", "算力中心运维工程师"],
    "vertical": ["行业大模型工程师", "垂类大模型算法"],
    "non-ai": ["UI设计师", "软件测试工程师", "产品经理", "软件开发工程师", "客服专员", "项目经理", "建筑设计师", "运营专员"],
    "none": ["会计", "销售代表", "行政专员", "出纳", "司机", "前台", "Sales Manager", "Accountant", "仓库管理员"],
}
WEIGHTS = {"model": 14, "application": 30, "data": 8, "compute": 3, "vertical": 4, "non-ai": 25, "none": 16}
PREFIXES = ["", "", "", "高级", "资深", "初级", "Senior ", "Junior ", "【急招】", "实习-"]
SUFFIXES = ["", "", "", "（base青岛）", "-AIGC方向", "（兼职）", " (remote)", "（2025届）", "-北京", " - 双休"]
PAYS = ["15-25K·14薪", "30-55K·15薪", "1-1.5万/月", "20-40万/年", "年薪50-80万", "6-8千/月", "3-4千", "200-250元/天",
        "50元/时", "15k", "18K", "$53K-$91K", "面议", "8000元/月", "10-20K", "25-35K·16薪", "薪资保密", "40-70K"]
CITIES = ["北京-朝阳区", "北京-海淀区", "上海-浦东新区", "深圳-南山区", "杭州-西湖区", "成都-高新区", "广州-天河区",
          "南京", "武汉", "西安", "苏州", "青岛", "重庆", "天津", "长沙"]
SYLLABLES = ["智", "云", "星", "海", "深", "度", "光", "速", "元", "灵", "数", "聚", "科", "创", "新", "合", "达", "通"]
EXPERIENCE = ["经验不限", "1-3年", "3-5年", "5-10年", "在校/应届"]
EDUCATION = ["本科", "硕士", "博士", "大专", "学历不限"]
HEADER = ["职位名称", "薪资", "城市", "公司名称", "发布时间", "经验要求", "学历要求", "职位描述", "公司规模"]


def quote(field):
    if any(c in field for c in ',"\n\r'):
        return '"' + field.replace('"', '""') + '"'
    return field


def main():
    args = sys.argv[1:]
    seed = 42
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 2:
        sys.exit(__doc__)
    n, out = int(args[0]), args[1]
    rng = random.Random(seed)
    kinds = list(WEIGHTS)
    weights = [WEIGHTS[k] for k in kinds]
    companies = ["".join(rng.choice(SYLLABLES) for _ in range(3)) + rng.choice(["科技", "智能", "信息", "网络"]) + "有限公司"
                 for _ in range(2000)]
    previous = []
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(HEADER) + "\n")
        for row in range(n):
            r = rng.random()
            if previous and r < 0.02:
                f.write(rng.choice(previous))
                continue
            if r < 0.025:
                garbage = rng.choice([",,,,,,,,\n", "no-title-here\n", "产品经理,15k,北京,某公司,not-a-date,,,,\n"])
                f.write(garbage)
                continue
            kind = rng.choices(kinds, weights)[0]
            title = rng.choice(PREFIXES) + rng.choice(ROLES[kind]) + rng.choice(SUFFIXES)
            day = rng.randrange(1, 366)
            month, dom = divmod_day(day)
            style = rng.random()
            if style < 0.55:
                date = f"2024-{month:02d}-{dom:02d}"
            elif style < 0.75:
                date = f"2024/{month}/{dom}"
            elif style < 0.9:
                date = f"{month:02d}-{dom:02d}"
            else:
                ago = rng.randrange(0, 60)
                date = f"{ago}天前发布"
            description = rng.choice(["负责大模型相关工作, 要求熟悉 \"RAG\"", "岗位职责：\n1. 参与产品设计", "", "双休, 五险一金"])
            fields = [title, rng.choice(PAYS), rng.choice(CITIES), rng.choice(companies), date, rng.choice(EXPERIENCE),
                      rng.choice(EDUCATION), description, rng.choice(["20-99人", "100-499人", "1000人以上"])]
            line = ",".join(quote(x) for x in fields) + "\n"
            f.write(line)
            if len(previous) < 1000:
                previous.append(line)
            elif rng.random() < 0.01:
                previous[rng.randrange(1000)] = line


def divmod_day(day):
    months = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    m = 0
    while day > months[m]:
        day -= months[m]
        m += 1
    return m + 1, day


if __name__ == "__main__":
    main()
