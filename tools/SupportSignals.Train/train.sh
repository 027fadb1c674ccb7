#!/usr/bin/env bash
# Retrains the English service stage from tools/SupportSignals.Train/data/en-service.tsv and rewrites its weights
# resource (functions/SupportSignals.Sentiment.Embedded/Model/en-service.bin). Deterministic: the same data and
# options give the same bytes. Prints the cross-validated figures on the data and the chosen thresholds.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build tools/SupportSignals.Train -c Release -v quiet -nologo
dotnet tools/SupportSignals.Train/bin/Release/net10.0/SupportSignals.Train.dll \
  tools/SupportSignals.Train/data/en-service.tsv \
  functions/SupportSignals.Sentiment.Embedded/Model/en-service.bin "$@"
