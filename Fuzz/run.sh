#!/usr/bin/env bash
# Builds careershift's libFuzzer targets and runs each for SECONDS (default 60).
#
#   Fuzz/run.sh            # a minute each, as a long run
#   Fuzz/run.sh 10         # briefly, as .ci/run does
#
# New inputs that reach new code are kept in Fuzz/.work/TARGET/ (not committed); a crash is
# saved there as crash-* and stops the run with exit code 1. Turn each crash into a regression
# test (Tests/CareerShiftKitTests/...), then add the input to Fuzz/Corpus/TARGET/.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
# -sanitize=fuzzer instruments the library's code too, so the fuzzer sees what it reaches.
swift build -c release -Xswiftc -sanitize=fuzzer
status=0
for target in FuzzPay FuzzDate FuzzCaseFile FuzzPostingCSV; do
    mkdir -p ".work/$target"
    echo "== $target, $seconds s"
    if ! ".build/release/$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=0 \
        -artifact_prefix=".work/$target/" ".work/$target" "Corpus/$target" 2>&1 | grep -E "^(#[0-9]+ +DONE|Done|==[0-9]+==|.*Fatal error|SUMMARY)"; then
        :
    fi
    if ls ".work/$target" | grep -qE '^(crash|timeout|oom|leak)-'; then
        echo "$target: found a failing input in Fuzz/.work/$target/" >&2
        status=1
    fi
done
exit $status
