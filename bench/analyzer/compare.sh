#!/usr/bin/env bash
# Runs the embedded analyzer (./eval.sh) and the npm peers (vader-sentiment, multilang-sentiment, each with a service
# keyword list and whole-sentence polarity) on the same SemEval XML in one run, and prints a table of the metrics
# with the throughput ratio (embedded ÷ peer, single-threaded sentences per second).
# Usage: bench/analyzer/compare.sh <file.xml> [--lang en|es|fr|nl|ru|tr|ar]
#        PEERS=vader bench/analyzer/compare.sh …   (skips multilang-sentiment, which manages a few sentences per second:
#        its metrics do not depend on this project's code, so they can come from one separate run of peers.js)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
file="${1:?usage: compare.sh <file.xml> [--lang xx]}"
shift
[ -d "$here/node_modules/vader-sentiment" ] && [ -d "$here/node_modules/multilang-sentiment" ] \
  || (cd "$here" && npm ci --no-audit --no-fund --silent >&2)

ours="$("$root/eval.sh" "$file")"
vader="$(node "$here/peers.js" "$file" --peer vader "$@")"
peers="${PEERS:-vader multilang}"
multi=""
case " $peers " in *" multilang "*) multi="$(node "$here/peers.js" "$file" --peer multilang "$@")" ;; esac

value() { printf '%s\n' "$1" | sed -n "s/^$2=//p" | grep . || echo -; }
printf '%s\n' "$(basename "$file")"
printf '%-28s %12s %16s %20s\n' metric embedded vader-sentiment multilang-sentiment
for metric in service_precision service_recall service_f1 service_polarity_accuracy service_end_to_end_f1 \
  sentence_polarity_accuracy sentences_per_second; do
  printf '%-28s %12s %16s %20s\n' "$metric" "$(value "$ours" $metric)" "$(value "$vader" $metric)" "$(value "$multi" $metric)"
done
o="$(value "$ours" sentences_per_second)"
v="$(value "$vader" sentences_per_second)"
m="$(value "$multi" sentences_per_second)"
ratio() { [ "$2" = - ] && echo - || awk -v a="$1" -v b="$2" 'BEGIN{printf "%.1f", a/b}'; }
printf '%-28s %12s %16s %20s\n' throughput_ratio 1.0 "$(ratio "$o" "$v")" "$(ratio "$o" "$m")"
