#!/usr/bin/env bash
# Benchmark of the nightly summary job (not a test): starts its own in-memory Azurite on ports 10100-10102, seeds
# 1,000,000 events of history, times the job for a day of 10,000 and a day of 100,000 events against a raw scan of the day's partitions, prints the figures, and stops Azurite.
#   bench/nightly.sh [history-events] [small-day] [large-day]     (defaults 1000000 10000 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
./tools/install.sh
# Millions of rows: Azurite keeps tables in memory (in-memory persistence here, so it does not re-serialise the whole
# database to disk as it grows) and needs a larger heap than Node's 4 GiB default (NIGHTLY_AZURITE_HEAP_MB, default 16 GiB).
node --max-old-space-size=${NIGHTLY_AZURITE_HEAP_MB:-16384} tools/azurite/node_modules/azurite/dist/src/azurite.js --silent --skipApiVersionCheck --loose --disableTelemetry --inMemoryPersistence \
  --blobHost 127.0.0.1 --blobPort 10100 --queueHost 127.0.0.1 --queuePort 10101 --tableHost 127.0.0.1 --tablePort 10102 &
azurite=$!
trap 'kill $azurite 2>/dev/null || true; wait $azurite 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do (exec 3<>/dev/tcp/127.0.0.1/10102) 2>/dev/null && break; sleep 0.5; done
key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
connection="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:10100/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10101/devstoreaccount1;TableEndpoint=http://127.0.0.1:10102/devstoreaccount1;"
dotnet run --project bench/SupportSignals.NightlyBench -c Release -- "$connection" "${1:-1000000}" "${2:-10000}" "${3:-100000}"
