#!/usr/bin/env bash
# Measures Sitrep on the development set of third-party coded data (ACLED exports, CASE 2021
# snippets, Wikipedia incident tables, multi-source articles) and writes EVALUATION.md at the
# project root. The data lives outside the repository and is never copied into it.
#
#   eval/dev-eval.sh                        one run per detector (COMBINED, MODEL, RULES): the ablation
#   DETECTORS="a b" eval/dev-eval.sh        one run per named detector (extract --detector a, ...)
#                                           (DETECTORS="" runs the default extractor once)
#
# Environment: SITREP_DEV_DIR (default: ../shared/eval/dev from the project root), DETECTORS,
# SITREP_JAVA_OPTS (default -Xmx2g), SITREP_EVAL_OUT (default: EVALUATION.md at the root).
# Without the development set it says so and exits 0, so `mvn -Pdev-eval package` never fails
# for want of data.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dev="${SITREP_DEV_DIR:-$root/../shared/eval/dev}"
out="${SITREP_EVAL_OUT:-$root/EVALUATION.md}"
jar="$root/sitrep-cli/target/sitrep.jar"

if [ ! -d "$dev" ]; then
  echo "dev-eval: no development set at $dev (set SITREP_DEV_DIR to measure); nothing done"
  exit 0
fi
shopt -s nullglob
csvs=("$dev"/*.csv)
articles=("$dev"/articles/*.txt)
if [ ${#csvs[@]} -eq 0 ]; then
  echo "dev-eval: no CSV files in $dev; nothing done"
  exit 0
fi
if [ ! -f "$jar" ]; then
  echo "dev-eval: building the CLI (mvn package, tests skipped)" >&2
  (cd "$root" && mvn -q -B -DskipTests -Dspotless.check.skip=true package) >&2
fi

sitrep() {
  # shellcheck disable=SC2086 # the options are meant to split
  java ${SITREP_JAVA_OPTS:--Xmx2g} -jar "$jar" "$@"
}

# Ingest exits 3 when some inputs were rejected (they are named on standard error): not a failure
# here, since a rejected row simply gets no report and counts as missed.
ingest() {
  local rc=0
  sitrep --db "$1" ingest "${@:2}" >/dev/null 2>"$1.rejections" || rc=$?
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
    cat "$1.rejections" >&2
    echo "dev-eval: ingest failed ($rc)" >&2
    exit 1
  fi
}

now_ms() { date +%s%3N; }

# The incidents table with each incident's name replaced by "incident N" (table order): the
# development set's incidents are not named in the repository. `eval --incidents` names them.
anonymise() {
  awk -F'|' '
    NR == FNR {
      n = $2; gsub(/^ +| +$/, "", n)
      if (n != "" && n != "incident" && n !~ /^-+$/ && n != "all incidents" && !(n in id)) {
        id[n] = "incident " (++count)
      }
      next
    }
    { for (n in id) gsub(n, id[n]); print }' "$1" "$1"
}

work="$(mktemp -d "${TMPDIR:-/tmp}/sitrep-dev-eval.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "dev-eval: documents from ${#csvs[@]} coded files in $dev" >&2
sitrep coded-documents "${csvs[@]}" --out "$work/documents.jsonl" 2>/dev/null
rows=$(wc -l <"$work/documents.jsonl")

read -r -a detectors <<<"${DETECTORS-COMBINED MODEL RULES}"
if [ ${#detectors[@]} -eq 0 ]; then
  detectors=("")
fi

commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  commit="$commit (with uncommitted changes)"
fi
started="$(date -u +%Y-%m-%dT%H:%M:%SZ)"

sections="$work/sections.md"
ablation="$work/ablation.md"
: >"$sections"
: >"$ablation"

# Cell $2 (1-based, after the leading pipe) of the table row whose first cell is $1, trimmed.
cell_of_file() {
  awk -F'|' -v name="$1" -v col="$2" '
    { f = $2; gsub(/^ +| +$/, "", f) }
    f == name { v = $(col + 1); gsub(/^ +| +$/, "", v); print v; exit }' "$3"
}
cell_of_source() {
  awk -F'|' -v src="$1" -v col="$2" '
    { s = $3; gsub(/^ +| +$/, "", s) }
    s == src { v = $(col + 1); gsub(/^ +| +$/, "", v); print v; exit }' "$3"
}

for detector in "${detectors[@]}"; do
  label="${detector:-default}"
  flag=()
  if [ -n "$detector" ]; then
    flag=(--detector "$detector")
  fi
  echo "dev-eval: [$label] ingest, extract and score the coded rows" >&2
  db="$work/coded-$label.db"
  ingest "$db" "$work/documents.jsonl"
  documents=$(sitrep --db "$db" documents --json | wc -l)
  rejected=$(grep -c '^sitrep: rejected' "$db.rejections" || true)
  start=$(now_ms)
  sitrep --db "$db" extract "${flag[@]}" >"$work/extract-$label.log"
  elapsed_ms=$(($(now_ms) - start))
  table="$work/coded-$label.md"
  sitrep --db "$db" eval --coded "${csvs[@]}" >"$table"
  seconds=$(awk -v ms="$elapsed_ms" 'BEGIN { printf "%.1f", ms / 1000 }')
  rate=$(awk -v n="$documents" -v ms="$elapsed_ms" 'BEGIN { printf "%.1f", (ms > 0 ? n * 1000 / ms : 0) }')

  incidents="$work/incidents-$label.md"
  if [ ${#articles[@]} -gt 0 ] && [ -f "$dev/articles/key.json" ]; then
    echo "dev-eval: [$label] ingest, extract and score the multi-source articles" >&2
    adb="$work/articles-$label.db"
    ingest "$adb" "${articles[@]}"
    sitrep --db "$adb" extract "${flag[@]}" >/dev/null
    sitrep --db "$adb" eval --incidents "$dev/articles/key.json" >"$incidents.named"
    anonymise "$incidents.named" >"$incidents"
  else
    echo "No articles/ with key.json in the development set." >"$incidents"
  fi

  {
    if [ -n "$detector" ]; then
      echo "## Detector \`$detector\` (\`extract --detector $detector\`)"
    else
      echo "## Default extractor (\`extract\`)"
    fi
    echo
    echo "Extraction: $documents documents ingested of $rows rows ($rejected rejected at ingest),"
    echo "extracted and fused in $seconds s ($rate documents/s, model loading included)."
    echo
    echo "### Coded rows"
    echo
    cat "$table"
    echo
    echo "### Multi-source incidents (articles/key.json)"
    echo
    echo "Incidents are numbered here, not named; \`eval --incidents\` names them."
    echo
    cat "$incidents"
    echo
  } >>"$sections"

  case_source="$(cell_of_source case 1 "$table")"
  {
    printf '| %s | %s | %s | %s | %s | %s |\n' \
      "$label" \
      "$(cell_of_file 'all files' 6 "$table")" \
      "$(cell_of_file 'all files' 8 "$table")" \
      "$( [ -n "$case_source" ] && cell_of_source case 10 "$table" || echo -)" \
      "$( [ -n "$case_source" ] && cell_of_source case 7 "$table" || echo -)" \
      "$rate"
  } >>"$ablation"
done

{
  echo "# Evaluation on third-party coded data"
  echo
  echo "Generated by \`eval/dev-eval.sh\` on $started at commit $commit, from the development set"
  echo "(ACLED exports, CASE 2021 task 2 snippets, Wikipedia incident tables and multi-source"
  echo "articles; kept outside the repository). Each row is one document (\`coded-documents\`),"
  echo "ingested into a fresh store with no publication date, so dates come from the text alone."
  echo
  echo "How to read the tables: each cell is the share of rows right with its counts. Every metric"
  echo "is over all rows that give it, and a row without a report counts as wrong; where a row's"
  echo "document yields several reports the one that fits the row best is scored. Detection: event"
  echo "rows with a report. False positives: CASE rows coded outside ACLED (crime, disasters,"
  echo "diplomacy, claims) that got a report. Weighted and macro F1: CASE, over the 25 sub-event"
  echo "types with no report as the class NONE. Place: the report's place or region equals the row's"
  echo "location or admin1 to admin3. Fatalities: exact, no figure counting as 0. Date: exact day,"
  echo "rows with time_precision 1 only. Actor1 (loose): a distinctive shared word, or a state force"
  echo "of the country the gold actor names. Wikipedia types go through a coarse map"
  echo "(\`sitrep-core/src/main/resources/org/sitrep/eval/coded/coarse-types.tsv\`)."
  echo
  if [ ${#detectors[@]} -gt 1 ] || [ -n "${detectors[0]}" ]; then
    echo "## Ablation"
    echo
    echo "| detector | detection (all rows) | sub-event type (all rows) | CASE weighted F1 | CASE false positives | documents/s |"
    echo "| --- | --- | --- | --- | --- | --- |"
    cat "$ablation"
    echo
  fi
  cat "$sections"
} >"$out"
echo "dev-eval: wrote $out" >&2
