#!/usr/bin/env bash
# corroborate's end-to-end benchmark, in one run on the same text (see BENCHMARKS.md for what each
# figure means and the targets):
#   1. full import of Reuters-21578 (22 JSON files) into a new index, and the plain-Lucene reference
#      (StandardAnalyzer, one document per sentence: the same sentences) on 1 and 2 threads;
#   2. re-import after 1 % of the stories changed;
#   3. check latency per claim (300 claims: Reuters titles and altered titles) on that index
#      (~125k passages) and on the corpus replicated to over 1 M passages;
#   4. bin/corroborate check on the bundled corpus with a warm index, 10 runs, JVM start included.
# Memory: indexing runs with -Xmx1g, checking with -Xmx512m; the harness prints the JVM's peak
# heap use and the process's peak RSS.
#
# Usage: bench/run.sh [all|jmh]   (env: REUTERS=dir of reut2-*.json, WORK=scratch dir, THREADS=n)
# Results go to stdout and to $WORK/results.txt. Takes about 10-20 minutes on 2 cores.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
REUTERS="${REUTERS:-$here/../shared/datasets/reuters21578/json}"
WORK="${WORK:-/tmp/corroborate-bench}"
THREADS="${THREADS:-$(nproc)}"
mode="${1:-all}"

echo "== build" >&2
mvn -o -q -B -DskipTests package >&2
(cd bench && mvn -o -q -B package >&2)
CP="$here/bench/target/benchmarks.jar:$here/target/corroborate.jar"

if [[ "$mode" == jmh ]]; then
  exec java -cp "$CP" org.openjdk.jmh.Main -rf text -rff "$WORK/jmh.txt" "${@:2}"
fi

mkdir -p "$WORK"
results="$WORK/results.txt"
: > "$results"
say() { echo "$*" | tee -a "$results"; }
harness() { # LABEL, JVM options, --, harness arguments; every result line is prefixed with LABEL.
  local label="$1"; shift
  local opts=() ; while [[ "$1" != -- ]]; do opts+=("$1"); shift; done; shift
  /usr/bin/time -f "process.wall_s %e
process.max_rss_kib %M" -o "$WORK/time.txt" java "${opts[@]}" -cp "$CP" dev.corroborate.bench.Harness "$@" \
    | sed "s/^/$label./" | tee -a "$results"
  sed "s/^/$label./" "$WORK/time.txt" | tee -a "$results"
}

say "machine.date $(date -u +%FT%TZ)"
say "machine.cores $(nproc)"
say "machine.memory $(free -g | awk '/Mem:/{print $2" GiB"}')"
say "machine.java $(java -version 2>&1 | head -1)"
say "machine.load_before $(cut -d' ' -f1-3 /proc/loadavg)"
say "machine.commit $(git rev-parse --short HEAD)"

echo "== data" >&2
rm -rf "$WORK/reuters" "$WORK/changed" "$WORK/index" "$WORK/plain1" "$WORK/plain2" "$WORK/index-1m"
mkdir -p "$WORK/reuters"
cp "$REUTERS"/reut2-*.json "$WORK/reuters/"
python3 bench/make_data.py claims "$REUTERS" "$WORK/claims.txt" 300
python3 bench/make_data.py change "$REUTERS" "$WORK/changed" 1
[[ -f "$WORK/replicas/replica-8.jsonl" ]] || python3 bench/make_data.py replicas "$REUTERS" "$WORK/replicas" 8

echo "== 1. full import of Reuters-21578, and plain Lucene on the same sentences" >&2
harness full -Xmx1g -- import "$WORK/index" "$THREADS" "$WORK"/reuters/reut2-*.json
harness plain1 -Xmx1g -- plain "$WORK/index" "$WORK/plain1" 1
harness plain2 -Xmx1g -- plain "$WORK/index" "$WORK/plain2" "$THREADS"
cp -r "$WORK/index" "$WORK/index-1m"

echo "== 2. re-import after 1 % of the stories changed" >&2
cp "$WORK"/changed/reut2-*.json "$WORK/reuters/"
harness reimport -Xmx1g -- import "$WORK/index" "$THREADS" "$WORK"/reuters/reut2-*.json

echo "== 3. check latency: ~125k passages, then over 1 M" >&2
harness check125k -Xmx512m -- check "$WORK/index" "$WORK/claims.txt" 20 "$THREADS"
harness import1m -Xmx1g -- import "$WORK/index-1m" "$THREADS" "$WORK"/replicas/replica-*.jsonl
harness check1m -Xmx512m -- check "$WORK/index-1m" "$WORK/claims.txt" 20 "$THREADS"

echo "== 4. bin/corroborate check on the bundled corpus, warm index, 10 runs" >&2
# An index of its own, so that the run depends neither on the working copy's .corroborate (which may
# be from another version) nor changes it; a failing check stops the benchmark (set -e).
bundled="$WORK/bundled-index"
bin/corroborate index --index "$bundled" --rebuild > /dev/null
bin/corroborate check --index "$bundled" > /dev/null 2>&1   # warm: class-data archive written
for i in $(seq 1 10); do
  /usr/bin/time -f "%e" -a -o "$WORK/bundled.txt" bin/corroborate check --index "$bundled" > /dev/null 2>&1
done
say "bundled.wall_s $(sort -n "$WORK/bundled.txt" | tr '\n' ' ')"
rm -f "$WORK/bundled.txt"
for i in $(seq 1 5); do
  CORROBORATE_CDS=0 /usr/bin/time -f "%e" -a -o "$WORK/bundled-nocds.txt" bin/corroborate check --index "$bundled" \
    > /dev/null 2>&1
done
say "bundled_without_cds.wall_s $(sort -n "$WORK/bundled-nocds.txt" | tr '\n' ' ')"
rm -f "$WORK/bundled-nocds.txt"
say "machine.load_after $(cut -d' ' -f1-3 /proc/loadavg)"
