#!/usr/bin/env python3
"""Side-by-side: careershift against DuckDB, pandas and sqlite3 on the same postings file.

usage: compare_postings.py [N] [--workdir DIR] [--binary PATH] [--repeat R] [--pandas]

Generates (once) a deterministic file of N postings (default 1,000,000) with
generate_postings.py. It then runs, in one go on this machine:
  - careershift postings import, then careershift report on that store;
  - careershift postings summarize (one pass, nothing stored);
  - DuckDB (Python package, 2 threads): the taxonomy as CASE WHEN over every alias;
  - pandas (with --pandas: it takes many minutes at 1M rows): str.contains for each name;
  - sqlite3 .import of the raw file (no classification at all).
It checks that the month x layer counts agree, and prints each time, peak memory and ratio.
Each tool but pandas runs R times (default 3), interleaved, and its median time and largest
peak are reported: this machine's speed drifts by 10-20% from one minute to the next.
Needs: a release build (swift build -c release), sqlite3, and pip install duckdb pandas.
"""
import json
import os
import re
import resource
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CRAWLED = "2024-12-31"
BACKSLASH = chr(92)
YEAR = "2024"


def run(cmd, **kw):
    """Runs cmd under /usr/bin/time; returns (seconds, peak MB, stdout)."""
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, capture_output=True, text=True, **kw)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{proc.stderr}")
    peak_kb = int(proc.stderr.strip().splitlines()[-1])
    return elapsed, peak_kb / 1024, proc.stdout


def aliases(binary):
    """The taxonomy as ordered rules for SQL and pandas: each rule is a list of name groups that
    must all be found (any name of a group), with the layer it gives. Role names are one-group
    rules; compose rules (`ai + full-stack-developer`) are several groups. Rules are ordered as
    careershift ranks candidates: most qualifier terms covered, specific roles before weak heads,
    most context words named, most characters, then taxonomy order. careershift picks the best candidate per title, which a
    first-match CASE WHEN can only approximate (union of matched spans, the longest alias actually
    found), so the script reports how many postings get the same layer rather than expecting every
    cell to agree."""
    taxonomy = json.loads(subprocess.run([binary, "taxonomy", "--format", "json"], capture_output=True, text=True, check=True).stdout)
    layer_names = {l["id"]: l["en"] for l in taxonomy["layers"]}
    terms = {t["id"]: t for t in taxonomy.get("terms", [])}
    qualifier_names = [fold(n) for t in terms.values() if t["class"] != "context" for n in t["names"]]
    roles = {r["id"]: r for r in taxonomy["roles"]}

    def role_names(role):
        return [fold(n) for n in [role["id"], role["zh"], role["en"]] + role.get("aliases", [])]

    rules, seen = [], set()
    for order, role in enumerate(taxonomy["roles"]):
        specific = 0 if role.get("weak") else 1
        layer = layer_names[role["layer"]]
        for name in role_names(role):
            if name and (name, role["id"]) not in seen:
                seen.add((name, role["id"]))
                q = sum(1 for n in qualifier_names if n and n in name)
                rules.append(((q, specific, 0, len(name), -order), [[name]], layer))
        for rule in role.get("compose", []):
            parts = [p.strip() for p in rule.split("+")]
            groups, q, context, chars, heads = [], 0, 0, 0, []
            for part in parts:
                if part in terms:
                    names = [fold(n) for n in terms[part]["names"]]
                    q += terms[part]["class"] != "context"
                    context += terms[part]["class"] == "context"
                else:
                    names = role_names(roles[part])
                    heads.append(roles[part])
                groups.append(sorted(set(names), key=len, reverse=True))
                chars += max(len(n) for n in names)
            # As careershift: a rule whose heads are all weak (AI + 实习生) is not specific.
            spec = 0 if role.get("weak") or (heads and all(h.get("weak") for h in heads)) else 1
            rules.append(((q, spec, context, chars, -order), groups, layer))
    rules.sort(key=lambda r: r[0], reverse=True)
    return [(groups, layer) for _, groups, layer in rules]


def fold(text):
    return "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in text).lower()


def pattern(alias):
    """A regex for an alias: Latin ends must sit at word boundaries, as in careershift."""
    p = re.escape(alias)
    if re.match(r"[a-z0-9]", alias):
        p = r"(?<![a-z0-9])" + p
    if re.search(r"[a-z0-9]$", alias):
        p = p + r"(?![a-z0-9])"
    return p


DATE_SQL = """
CASE
  WHEN regexp_matches(d, '^\\d{4}-\\d{1,2}-\\d{1,2}') THEN strftime(strptime(regexp_extract(d, '^(\\d{4}-\\d{1,2}-\\d{1,2})', 1), '%Y-%m-%d'), '%Y-%m')
  WHEN regexp_matches(d, '^\\d{4}/\\d{1,2}/\\d{1,2}') THEN strftime(strptime(regexp_extract(d, '^(\\d{4}/\\d{1,2}/\\d{1,2})', 1), '%Y/%m/%d'), '%Y-%m')
  WHEN regexp_matches(d, '^\\d{1,2}-\\d{1,2}$') THEN strftime(strptime('{year}-' || d, '%Y-%m-%d'), '%Y-%m')
  WHEN regexp_matches(d, '^\\d+天前') THEN strftime(DATE '{crawled}' - CAST(regexp_extract(d, '^(\\d+)', 1) AS INTEGER), '%Y-%m')
END
""".replace("{year}", YEAR).replace("{crawled}", CRAWLED)


def duckdb_counts(path, alias_list, distinct):
    import duckdb
    con = duckdb.connect()
    con.execute("SET threads = 2")
    def predicate(name):
        if re.match(r"[a-z0-9]", name) or re.search(r"[a-z0-9]$", name):
            left = "(^|[^a-z0-9])" if re.match(r"[a-z0-9]", name) else ""
            right = "($|[^a-z0-9])" if re.search(r"[a-z0-9]$", name) else ""
            return f"regexp_matches(t, '{left}{re.escape(name).replace(chr(39), chr(39)*2)}{right}')"
        escaped = name.replace(chr(39), chr(39) * 2).replace("%", BACKSLASH + "%").replace("_", BACKSLASH + "_")
        return "t LIKE '%" + escaped + "%' ESCAPE '" + BACKSLASH + "'"

    cases = []
    for groups, layer in alias_list:
        condition = " AND ".join("(" + " OR ".join(predicate(n) for n in group) + ")" for group in groups)
        cases.append(f"WHEN {condition} THEN '{layer}'")
    layer_sql = "CASE " + " ".join(cases) + " ELSE 'unclassified' END"
    rows = f"""
        SELECT lower(trim("职位名称")) AS t, trim("发布时间") AS d, "公司名称" AS c, "城市" AS city, "职位名称" AS title
        FROM read_csv('{path}', all_varchar = true, header = true, ignore_errors = true, null_padding = false, strict_mode = true)
        WHERE "职位名称" IS NOT NULL AND trim("职位名称") <> ''
    """
    day_sql = DATE_SQL.replace("'%Y-%m')", "'%Y-%m-%d')")
    dated = f"SELECT *, {DATE_SQL} AS month, {day_sql} AS day FROM ({rows}) WHERE ({DATE_SQL}) IS NOT NULL"
    if distinct:
        # careershift's duplicate rule: same company, title, city (as read: before '-') and day.
        dated = f"SELECT DISTINCT ON (c, trim(title), split_part(city, '-', 1), day) * FROM ({dated})"
    query = f"SELECT month, {layer_sql} AS layer, count(*) FROM ({dated}) GROUP BY ALL"
    return {(m, l): n for m, l, n in con.execute(query).fetchall()}


def pandas_counts(path, alias_list):
    import pandas as pd
    df = pd.read_csv(path, dtype=str, keep_default_na=False, on_bad_lines="skip", engine="python")
    df = df[df["职位名称"].str.strip() != ""]
    t = df["职位名称"].str.strip().map(fold)
    layer = pd.Series("unclassified", index=df.index)
    open_ = pd.Series(True, index=df.index)
    def contains(name):
        if re.match(r"[a-z0-9]", name) or re.search(r"[a-z0-9]$", name):
            return t.str.contains(pattern(name), regex=True)
        return t.str.contains(name, regex=False)

    cache = {}
    for groups, name in alias_list:
        hit = open_.copy()
        for group in groups:
            any_ = pd.Series(False, index=df.index)
            for n in group:
                if n not in cache:
                    cache[n] = contains(n)
                any_ |= cache[n]
            hit &= any_
        layer[hit] = name
        open_ &= ~hit
    d = df["发布时间"].str.strip()
    month = pd.Series(None, index=df.index, dtype=object)
    full = d.str.extract(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})")
    m = full[0].notna()
    month[m] = full[0][m] + "-" + full[1][m].str.zfill(2)
    md = d.str.extract(r"^(\d{1,2})-(\d{1,2})$")
    m2 = md[0].notna()
    month[m2] = YEAR + "-" + md[0][m2].str.zfill(2)
    ago = d.str.extract(r"^(\d+)天前")[0]
    m3 = ago.notna()
    month[m3] = (pd.Timestamp(CRAWLED) - pd.to_timedelta(ago[m3].astype(int), unit="D")).dt.strftime("%Y-%m")
    keep = month.notna()
    counts = pd.DataFrame({"month": month[keep], "layer": layer[keep]}).value_counts()
    return {k: int(v) for k, v in counts.items()}


def careershift_counts(report_json, table="postings_by_month_layer"):
    data = json.loads(report_json) if isinstance(report_json, str) else report_json
    tables = data if isinstance(data, list) else data["tables"]
    t = next(x for x in tables if x["name"] == table)
    return {(r[0], r[1]): r[2] for r in t["rows"] if r[0] != "undated"}


def main():
    args = sys.argv[1:]
    n = 1_000_000
    workdir = "/tmp/careershift-bench"
    binary = os.path.join(ROOT, ".build/release/careershift")
    repeat = 3
    with_pandas = False
    while args:
        a = args.pop(0)
        if a == "--workdir":
            workdir = args.pop(0)
        elif a == "--binary":
            binary = args.pop(0)
        elif a == "--repeat":
            repeat = int(args.pop(0))
        elif a == "--pandas":
            with_pandas = True
        else:
            n = int(a)
    os.makedirs(workdir, exist_ok=True)
    csv = os.path.join(workdir, f"postings-{n}.csv")
    if not os.path.exists(csv):
        subprocess.run([sys.executable, os.path.join(HERE, "generate_postings.py"), str(n), csv], check=True)
    alias_list = aliases(binary)
    db = os.path.join(workdir, "bench.sqlite")
    common = ["--year", YEAR, "--crawled", CRAWLED]
    times = {k: [] for k in ["import", "report", "summarize", "duckdb", "sqlite"]}
    peaks = {k: [] for k in times}
    for _ in range(repeat):
        for f in [db, db + "-wal", db + "-shm"]:
            if os.path.exists(f):
                os.remove(f)
        t, m, _ = run([binary, "postings", "import", "--db", db, csv, "--rejects", os.path.join(workdir, "rejects.csv")] + common)
        times["import"].append(t); peaks["import"].append(m)
        t, m, _ = run([binary, "report", "--db", db, "--out", os.path.join(workdir, "report"), "--format", "json"])
        times["report"].append(t); peaks["report"].append(m)
        t, m, out = run([binary, "postings", "summarize", csv, "--format", "json"] + common)
        times["summarize"].append(t); peaks["summarize"].append(m)
        start = time.perf_counter()
        duck = duckdb_counts(csv, alias_list, distinct=False)
        times["duckdb"].append(time.perf_counter() - start)
        t, m, _ = run_sqlite(csv, workdir)
        times["sqlite"].append(t); peaks["sqlite"].append(m)
    median = {k: sorted(v)[len(v) // 2] for k, v in times.items()}
    peak = {k: max(v) if v else None for k, v in peaks.items()}
    t_import, m_import = median["import"], peak["import"]
    t_report, m_report = median["report"], peak["report"]
    t_sum, m_sum = median["summarize"], peak["summarize"]
    t_duck, t_sqlite, m_sqlite = median["duckdb"], median["sqlite"], peak["sqlite"]
    with open(os.path.join(workdir, "report", "report.json")) as f:
        imported = careershift_counts(json.load(f))
    summarized = careershift_counts(out)
    duck_distinct = duckdb_counts(csv, alias_list, distinct=True)
    if with_pandas:
        start = time.perf_counter()
        pandas = pandas_counts(csv, alias_list)
        t_pandas = time.perf_counter() - start
    m_py = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    def agree(a, b):
        """Postings whose month x layer cell holds as many in both (the overlap of the counts)."""
        if a == b:
            return "yes (100%)"
        same = sum(min(a.get(k, 0), b.get(k, 0)) for k in set(a) | set(b))
        total = max(sum(a.values()), 1)
        return f"{100 * same / total:.1f}% of postings"

    print(f"{n:,} postings ({os.path.getsize(csv) / 2**20:.0f} MB), {os.cpu_count()} cores, median of {repeat} runs (pandas: 1); month x layer counts compared with DuckDB's\n")
    print("| tool | time (s) | peak memory (MB) | vs DuckDB | same month x layer as DuckDB |")
    print("| --- | ---: | ---: | ---: | --- |")
    rows = [
        ("careershift postings summarize", t_sum, m_sum, agree(summarized, duck)),
        ("careershift postings import", t_import, m_import, agree(imported, duck_distinct) + " (duplicates removed)"),
        (f"careershift report ({n:,} postings stored)", t_report, m_report, ""),
        (f"DuckDB, 2 threads (CASE WHEN over {len(alias_list)} names and rules)", t_duck, None, "-"),
    ] + ([("pandas (str.contains per name and rule)", t_pandas, m_py, agree(pandas, duck))] if with_pandas else []) + [
        ("sqlite3 .import (no classification)", t_sqlite, m_sqlite, "-"),
    ]
    for name, t, m, ok in rows:
        mem = f"{m:.0f}" if m is not None else "(in-process)"
        print(f"| {name} | {t:.2f} | {mem} | {t / t_duck:.2f}x | {ok} |")
    print()
    print(f"summarize is {t_duck / t_sum:.1f}x faster than DuckDB; import takes {t_import / t_sqlite:.2f}x the time of sqlite3 .import; report {t_report:.2f} s")


def run_sqlite(csv, workdir):
    raw = os.path.join(workdir, "raw.sqlite")
    if os.path.exists(raw):
        os.remove(raw)
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", "sqlite3", raw, "-cmd", ".mode csv", ".import " + csv + " raw"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    peak_kb = int(proc.stderr.strip().splitlines()[-1])
    return elapsed, peak_kb / 1024, ""


if __name__ == "__main__":
    main()
