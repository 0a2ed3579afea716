#!/usr/bin/env bash
# The long runs of careershift's reliability and privacy tests: the same tests as `swift test`
# (README, "Guarantees"), many more times. For before a release, or after a change to the store,
# the readers or the report's suppression. About an hour with the defaults, on 2 cores.
#
#   Tests/long-runs.sh                 # everything, with the defaults below
#   KILLS=100 FUZZ_SECONDS=60 Tests/long-runs.sh
#
#   KILLS            times each of `import` and `postings import` is killed with SIGKILL (200)
#   CONCURRENCY      times the 4-process concurrency tests run (20)
#   PROOF_DATASETS   random datasets the suppression proof is run on (5000)
#   FUZZ_SECONDS     seconds each libFuzzer target runs (600)
#
# Each stage says what it ran; the script stops at the first failure and exits with 1.
set -euo pipefail
cd "$(dirname "$0")/.."
kills="${KILLS:-200}"
concurrency="${CONCURRENCY:-20}"
datasets="${PROOF_DATASETS:-5000}"
fuzz="${FUZZ_SECONDS:-600}"
started=$(date +%s)
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
stage() { echo; echo "== $1 ($(( $(date +%s) - started )) s so far)"; }
# Runs a command quietly: its last line when it passes, its last 40 lines when it fails.
quiet() {
    if "$@" >"$log" 2>&1; then tail -1 "$log"; else tail -40 "$log"; echo "failed: $*" >&2; exit 1; fi
}

swift build --build-tests

stage "crash safety: import and postings import killed $kills times each"
CAREERSHIFT_KILLS="$kills" quiet swift test --skip-build --filter CrashSafetyTests

stage "concurrency: 4 processes adding while reports are made, $concurrency times"
for i in $(seq 1 "$concurrency"); do
    echo "-- round $i of $concurrency"
    quiet swift test --skip-build --filter 'ConcurrencyTests|concurrentAdds'
done

stage "privacy: the suppression proof on $datasets random datasets"
CAREERSHIFT_PROOF_DATASETS="$datasets" quiet swift test --skip-build --filter SuppressionProofTests

stage "fuzzing: each target for $fuzz s"
Fuzz/run.sh "$fuzz"

stage "all long runs passed"
