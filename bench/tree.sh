#!/usr/bin/env bash
# File-tree benchmark (docs/benchmarks.md, "File-tree scan").
#   bench/tree.sh [--files N] [--seed S] [--engine] [--db URL] [--keep]
#       writes the sample share (custodian demo) into a temporary directory, prints its size, then
#       times `custodian scan` over the whole tree and over its plain-text files alone, in files/s
#       and MB/s; --engine also runs the engine's own plain-text benchmark (bench/run.sh) to compare.
#   bench/tree.sh --huge-gb N [--keep]
#       writes one N-GB text file and scans it with CUSTODIAN_JAVA_OPTS=-Xmx256m: the scan must
#       finish (bounded memory) and the peak resident size is printed.
# MB are 10^6 bytes, as in bench/run.sh. Everything goes under one temporary directory (its own
# CUSTODIAN_HOME and H2 database), removed at the end unless --keep.
set -euo pipefail
cd "$(dirname "$0")/.."

files=20000
seed=20261124
huge_gb=""
keep=false
engine=false
db=""

usage() {
  sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
  exit "${1:-0}"
}

while [ $# -gt 0 ]; do
  case "$1" in
    --files) files="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --huge-gb) huge_gb="$2"; shift 2 ;;
    --db) db="$2"; shift 2 ;;
    --engine) engine=true; shift ;;
    --keep) keep=true; shift ;;
    -h|--help) usage 0 ;;
    *) echo "bench/tree.sh: unknown option $1" >&2; usage 2 >&2 ;;
  esac
done

work="$(mktemp -d "${TMPDIR:-/tmp}/custodian-tree.XXXXXX")"
if $keep; then
  echo "working directory (kept): $work"
else
  trap 'rm -rf "$work"' EXIT
fi
export CUSTODIAN_HOME="$work/home"
# the options Store.embeddedUrl gives the default store, on a file of its own
db="${db:-jdbc:h2:file:$work/db/custodian;AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}"

# build the jar now, so that no timing below includes Maven
./custodian --version >/dev/null
./custodian init >/dev/null

now() { date +%s.%N; }
# ratio A B with one decimal; "-" when B is zero
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else printf "-" }'; }
megabytes() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }
tree_files() { find "$1" -type f | wc -l; }
tree_bytes() { find "$1" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }'; }

# (not "scan --help": with an unknown command the root's --help answers, and exits 0)
has_scan() {
  ./custodian --help 2>/dev/null | grep -qE '^ +scan +'
}

# timed_scan LABEL DIR: scans DIR into the benchmark's database and prints one line of figures.
# Exit codes 0 (nothing found), 1 (findings) and 3 (some files partly scanned) are results; 2 and
# anything else is a failure, shown with the end of the scan's error output.
timed_scan() {
  local label="$1" dir="$2" n bytes started ended seconds rc=0 rss=""
  n="$(tree_files "$dir")"
  bytes="$(tree_bytes "$dir")"
  started="$(now)"
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -o "$work/$label.time" -f '%M' ./custodian scan "$dir" --db "$db" \
      >"$work/$label.out" 2>"$work/$label.err" </dev/null || rc=$?
    rss="$(tail -n 1 "$work/$label.time")"
  else
    ./custodian scan "$dir" --db "$db" >"$work/$label.out" 2>"$work/$label.err" </dev/null || rc=$?
  fi
  ended="$(now)"
  seconds="$(awk -v a="$started" -v b="$ended" 'BEGIN { printf "%.1f", b - a }')"
  printf '%-22s %7d files %9s MB %8s s  %8s files/s %7s MB/s  exit %d%s\n' "$label:" "$n" \
    "$(megabytes "$bytes")" "$seconds" "$(ratio "$n" "$seconds")" "$(ratio "$(megabytes "$bytes")" "$seconds")" \
    "$rc" "${rss:+  peak RSS $(( rss / 1024 )) MB}"
  case "$rc" in
    0|1|3) return 0 ;;
    *) echo "  scan failed; end of its error output:" >&2; tail -n 20 "$work/$label.err" >&2; return 1 ;;
  esac
}

if [ -n "$huge_gb" ]; then
  huge="$work/huge"
  mkdir -p "$huge"
  need_kb=$(( huge_gb * 1024 * 1024 + 512 * 1024 ))
  free_kb="$(df -Pk "$work" | awk 'NR == 2 { print $4 }')"
  if [ "$free_kb" -lt "$need_kb" ]; then
    echo "bench/tree.sh: $huge_gb GB needs $(( need_kb / 1024 )) MB free in $work, only $(( free_kb / 1024 )) MB" >&2
    exit 2
  fi
  # a block of the sample tree's text (letters, exports, logs), doubled to 64 MiB, then repeated
  ./custodian demo "$work/seed-tree" --files 400 --seed "$seed" >/dev/null
  find "$work/seed-tree" -type f \( -name '*.txt' -o -name '*.csv' -o -name '*.log' -o -name '*.ndjson' \) \
    -print0 | sort -z | xargs -0 cat >"$work/block"
  while [ "$(stat -c %s "$work/block")" -lt $(( 64 * 1024 * 1024 )) ]; do
    cat "$work/block" "$work/block" >"$work/block2" && mv "$work/block2" "$work/block"
  done
  head -c $(( 64 * 1024 * 1024 )) "$work/block" >"$work/block2" && mv "$work/block2" "$work/block"
  echo "writing a $huge_gb GiB text file (64 MiB blocks of the sample tree's letters, exports and logs)..."
  for _ in $(seq 1 $(( huge_gb * 16 ))); do cat "$work/block"; done >"$huge/huge.txt"
  rm -rf "$work/block" "$work/seed-tree"
  ls -l "$huge/huge.txt"
  if ! has_scan; then
    echo "./custodian has no scan command yet: the file is written, the scan is skipped."
    exit 0
  fi
  echo "scanning it with CUSTODIAN_JAVA_OPTS=-Xmx256m"
  CUSTODIAN_JAVA_OPTS="-Xmx256m ${CUSTODIAN_JAVA_OPTS:-}" timed_scan "huge file" "$huge"
  if grep -q OutOfMemoryError "$work/huge file.err" 2>/dev/null; then
    echo "memory was NOT bounded: OutOfMemoryError under -Xmx256m" >&2
    exit 1
  fi
  echo "the scan finished under -Xmx256m"
  exit 0
fi

tree="$work/tree"
echo "== generating $files files, seed $seed"
gen_started="$(now)"
./custodian demo "$tree" --files "$files" --seed "$seed" >"$work/demo.out"
head -n 4 "$work/demo.out"
mv "$tree/manifest.csv" "$work/manifest.csv" # the scans read the share, not the answer sheet
echo "generated in $(awk -v a="$gen_started" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }') s (wall, including JVM start)"

echo "== the tree"
echo "$(tree_files "$tree") files, $(megabytes "$(tree_bytes "$tree")") MB, by format (files, MB):"
find "$tree" -type f -printf '%f %s\n' | awk '
  { name = $1; ext = name; sub(/^[^.]*\./, "", ext); n[ext]++; b[ext] += $2 }
  END { for (e in n) printf "  %-8s %7d %9.1f\n", e, n[e], b[e] / 1e6 }' | sort -k3 -n -r

# the plain-text files alone (hard links, so nothing is copied): no extraction, only walking,
# decoding, the engine and the store
text="$work/text"
mkdir -p "$text"
(cd "$tree" && find . -type f \( -name '*.txt' -o -name '*.csv' -o -name '*.log' -o -name '*.json' \
  -o -name '*.ndjson' -o -name '*.conf' \) -exec cp -l --parents -t "$text/" {} +)

echo "== scan"
if has_scan; then
  echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  timed_scan "plain-text files" "$text"
  timed_scan "whole tree" "$tree"
  $keep && echo "scan output: $work/*.out, $work/*.err"
else
  echo "./custodian has no scan command yet: tree generated, scan skipped."
fi

if $engine; then
  echo "== engine alone, plain text (bench/run.sh --mb 50 --runs 3 --warmups 1 --no-detectors)"
  bench/run.sh --mb 50 --runs 3 --warmups 1 --no-detectors | grep -E '^\| (UTF-8|engine|\*\*full pack|full pack)' || true
else
  echo "engine alone on plain text: see docs/benchmarks.md (bench/run.sh), or add --engine"
fi
