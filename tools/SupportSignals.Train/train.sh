#!/usr/bin/env bash
# Retrains the English service stage from the own-written sentences in tools/SupportSignals.Train/data
# (en-service.tsv by analyzer16, en-service-2.tsv by analyzer21, en-service-extra.tsv by analyzer22, en-service-support.tsv by analyzer48
# for the drop model only; never a test file) and rewrites its weights resource
# (functions/SupportSignals.Sentiment.Embedded/Model/en-service.bin). Deterministic: the same data and options give
# the same bytes. Prints the cross-validated figures on the data and the chosen thresholds. Extra options are passed
# on and win over the defaults (--ops, --floor-percent, --bags, --drop/--add/--flip/--strong-drop, --epochs, --l2-micros,
# --seed, --drop-data/--flip-data <a.tsv,b.tsv>, --test <file.tsv[,other.tsv]> [--show] [--show-errors], each test file reported on its
# own; the test files are en-service-test.tsv by analyzer22, en-service-test-2.tsv by analyzer26,
# en-service-test-support.tsv by analyzer48 (B2B SaaS support NPS/CSAT comments), en-service-test-support-2.tsv by
# analyzer57 (support comments and hotel/restaurant reviews, written blind), en-service-test-5.tsv by analyzer64
# (restaurant, hotel/retail/delivery and SaaS/telecom/bank/insurance support comments, written blind),
# en-service-test-6.tsv by analyzer69 (support comments of seven kinds of business and reviews of eight, written blind),
# en-service-test-7.tsv by analyzer78 (support comments of eight kinds of business and reviews of nine, written blind) and
# en-service-test-8.tsv by analyzer86 (support comments of eleven kinds of business and reviews of eight, written blind), never
# training data; each line read as the product reads a comment, by the analyzer with the weights just written: round analyzer58). Defaults (round analyzer21, docs/sentiment-rounds.md): the stage only reviews the rules'
# mentions (drops them, or re-polarises a neutral reading; it adds none), no threshold below 0.85, the average of
# ten fits; a strong rule mention (a word for the staff judged one way in its own clause) has a drop threshold of its
# own (round analyzer29), which the product sets to never (1.01): where the rules read a word for the staff judged in
# its own clause ("the service at the hotel is poor"), a model over hashed words that learnt "hotel" as "no service"
# does not overrule them (the lead's choice in session 13; the cross-validation picks 0.90 or 0.95 depending on the
# seed, and the development files' figures are equal within a sentence either way). Two models since round analyzer31:
# drops are decided by a model trained on the files above, re-polarisations of a neutral reading by a second model
# trained on the service sentences only (none excluded: it only tells the polarity of a mention the drop model kept)
# of the same files and en-service-4.tsv; each file of the union is read out-of-fold when the thresholds are chosen.
# --check retrains into a temporary file and fails when it decides differently from the committed weights (both
# models) on more than one sentence in 500 of the data: the stage reads the rules' own reading as features, so a
# lexicon or rule change needs a retrain (./test.sh checks).
# Retraining noise (round analyzer35, docs/sentiment-rounds.md): this recipe moves a held-out half by one or two sentences
# with the seed (seeds 16-23: EN-14 held-out e2e 0.7750-0.7797, EN-16 0.7422-0.7458) and as much or more with the
# data (--perturb P leaves a seeded 1 % of the sentences out of training, a stand-in for a rule change). More bags,
# stronger L2, --average-from, --min-count and more epochs were tried over seeds 16-20 and four perturbations; none
# both kept the means and narrowed the spread. Forty epochs (ten before) raised every mean over seeds 16-23 (EN-14
# held-out 0.7766 -> 0.7793, EN-16 0.7447 -> 0.7460, own test files 0.6353 -> 0.6369 and 0.6941 -> 0.6996) without
# narrowing the spread; the lead took it in session 14 (on main then: EN-16 held-out +1 sentence, EN-14 equal).
set -euo pipefail
cd "$(dirname "$0")/../.."
data=tools/SupportSignals.Train/data
files=$data/en-service.tsv
# en-service-4.tsv (analyzer25, 2,413 own sentences) is NOT in the drop model's list: trained with it, the stage's
# drops lose EN-14's held-out half by 2-3 sentences for every seed tried (docs/sentiment-rounds.md, round analyzer25); its
# service sentences teach the flip model only (round analyzer31: with them and the drop model unchanged both held-out
# halves and both own test sets gain at seeds 16, 17 and 18).
# en-service-5.tsv (analyzer37, 695 own sentences of staff acts told plainly, no none) is in no list: added to the flip
# model's data it gains EN-14's held-out half and own test file 1 but loses EN-16's held-out half by one sentence
# (-0.0049) at seeds 16, 17 and 18 (docs/sentiment-rounds.md, round analyzer37).
for extra in en-service-2.tsv en-service-extra.tsv; do
  [ -f $data/$extra ] && files=$files,$data/$extra
done
flipfiles=$files,$data/en-service-4.tsv
# en-service-support.tsv (analyzer48, 336 own B2B SaaS support NPS/CSAT comments: the vendor's support against the
# customer's own team and the product's own "service"/"support" words) teaches the drop model only (product grounds):
# with it the support test file's three-seed mean gains 0.7750 -> 0.7958, the held-out means move EN-14 0.7833 ->
# 0.7820, EN-16 0.7452 -> 0.7452; in the flip model's list too (331 rows then), EN-14's mean fell to 0.7795 and the
# support test file gained nothing more (docs/sentiment-rounds.md, round analyzer48).
files=$files,$data/en-service-support.tsv
# en-service-support-2.tsv (analyzer53, 176 own support comments of the kinds rounds analyzer46/50/52 taught the rules,
# and the customer's own team judged in staff words) is in no list: in the drop model's list the three-seed means moved
# EN-14 0.7867 -> 0.7866, EN-16 0.7464 -> 0.7440 (over the product-grounds clause) and the support test file not at all;
# its 52 rows of a bare "Support?" answered, irony and the own team only: 0.7866 / 0.7458, own test 1 0.6575 -> 0.6549,
# and no product reading changed that a test could hold (docs/sentiment-rounds.md, round analyzer53).
weights=functions/SupportSignals.Sentiment.Embedded/Model/en-service.bin
target=$weights
check=()
if [ "${1:-}" = "--check" ]; then shift; target=$(mktemp); trap 'rm -f "$target"' EXIT; check=(--check "$weights"); fi
dotnet build tools/SupportSignals.Train -c Release -v quiet -nologo
dotnet tools/SupportSignals.Train/bin/Release/net10.0/SupportSignals.Train.dll \
  $files "$target" "$@" "${check[@]}" --ops drop,flip --floor-percent 85 --bags 10 --epochs 40 --strong-drop 1.01 \
  --drop-data $files --flip-data $flipfiles --flip-service-only \
  || { echo "the English stage's weights are stale for the current rules: run tools/SupportSignals.Train/train.sh, check the held-out halves (docs/sentiment.md) and commit $weights" >&2; exit 1; }
