#!/usr/bin/env bash
# Retrains the English service stage from the own-written sentences in tools/SupportSignals.Train/data
# (en-service.tsv by analyzer16, en-service-2.tsv by analyzer21, en-service-extra.tsv by analyzer22; never a test file) and rewrites its weights resource
# (functions/SupportSignals.Sentiment.Embedded/Model/en-service.bin). Deterministic: the same data and options give
# the same bytes. Prints the cross-validated figures on the data and the chosen thresholds. Extra options are passed
# on and win over the defaults (--ops, --floor-percent, --bags, --drop/--add/--flip, --epochs, --l2-micros,
# --test <file.tsv> [--show]). Defaults (round analyzer21, docs/sentiment.md): the stage only reviews the rules'
# mentions (drops them, or re-polarises a neutral reading; it adds none), no threshold below 0.85, the average of
# ten fits.
set -euo pipefail
cd "$(dirname "$0")/../.."
data=tools/SupportSignals.Train/data
files=$data/en-service.tsv
for extra in en-service-2.tsv en-service-extra.tsv; do
  [ -f $data/$extra ] && files=$files,$data/$extra
done
dotnet build tools/SupportSignals.Train -c Release -v quiet -nologo
dotnet tools/SupportSignals.Train/bin/Release/net10.0/SupportSignals.Train.dll \
  $files functions/SupportSignals.Sentiment.Embedded/Model/en-service.bin "$@" --ops drop,flip --floor-percent 85 --bags 10
