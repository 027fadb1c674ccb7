#!/usr/bin/env bash
# Retrains the English service stage from the own-written sentences in tools/SupportSignals.Train/data
# (en-service.tsv by analyzer16, en-service-2.tsv by analyzer21, en-service-extra.tsv by analyzer22; never a test file) and rewrites its weights resource
# (functions/SupportSignals.Sentiment.Embedded/Model/en-service.bin). Deterministic: the same data and options give
# the same bytes. Prints the cross-validated figures on the data and the chosen thresholds. Extra options are passed
# on and win over the defaults (--ops, --floor-percent, --bags, --drop/--add/--flip/--strong-drop, --epochs, --l2-micros,
# --test <file.tsv> [--show]; the test files are en-service-test.tsv by analyzer22 and en-service-test-2.tsv by
# analyzer26, never training data). Defaults (round analyzer21, docs/sentiment.md): the stage only reviews the rules'
# mentions (drops them, or re-polarises a neutral reading; it adds none), no threshold below 0.85, the average of
# ten fits; a strong rule mention (a word for the staff judged one way in its own clause) has a drop threshold of its
# own (round analyzer29), which the product sets to never (1.01): where the rules read a word for the staff judged in
# its own clause ("the service at the hotel is poor"), a model over hashed words that learnt "hotel" as "no service"
# does not overrule them (the lead's choice in session 13; the cross-validation picks 0.90 or 0.95 depending on the
# seed, and the development files' figures are equal within a sentence either way). --check retrains into a
# temporary file and fails when it decides differently from the committed weights on more than one sentence in 500
# of the data: the stage reads the rules' own reading as features, so a lexicon or rule
# change needs a retrain (./test.sh checks).
set -euo pipefail
cd "$(dirname "$0")/../.."
data=tools/SupportSignals.Train/data
files=$data/en-service.tsv
# en-service-4.tsv (analyzer25, 2,413 own sentences) is in data/ but NOT in this list: trained with it, the stage
# reads the own test file better (end to end 0.5984 -> 0.6243) and EN-16's held-out half better, but loses EN-14's
# held-out half by 2-3 sentences for every seed tried and flips one own test sentence (docs/sentiment.md, round
# analyzer25). To try it, add it to the list below, run this script and check the held-out halves.
for extra in en-service-2.tsv en-service-extra.tsv; do
  [ -f $data/$extra ] && files=$files,$data/$extra
done
weights=functions/SupportSignals.Sentiment.Embedded/Model/en-service.bin
target=$weights
check=()
if [ "${1:-}" = "--check" ]; then shift; target=$(mktemp); trap 'rm -f "$target"' EXIT; check=(--check "$weights"); fi
dotnet build tools/SupportSignals.Train -c Release -v quiet -nologo
dotnet tools/SupportSignals.Train/bin/Release/net10.0/SupportSignals.Train.dll \
  $files "$target" "$@" "${check[@]}" --ops drop,flip --floor-percent 85 --bags 10 --strong-drop 1.01 \
  || { echo "the English stage's weights are stale for the current rules: run tools/SupportSignals.Train/train.sh, check the held-out halves (docs/sentiment.md) and commit $weights" >&2; exit 1; }
