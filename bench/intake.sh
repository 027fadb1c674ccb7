#!/usr/bin/env bash
# Intake, processing and memory figures with their bounds, measured in one run on this machine:
#   bare Kestrel 202 (no work) · fastest durable write (100-entity batch transactions) · our intake at full speed and
#   at 1,000/s · drain rate of the queued events · host peak RSS. Usage: bench/intake.sh [seconds per run, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
./tools/install.sh
dotnet build functions/SupportSignals.Host -c Release -nologo -clp:ErrorsOnly -v:q
dotnet build bench/SupportSignals.LoadTest -c Release -nologo -clp:ErrorsOnly -v:q
load=bench/SupportSignals.LoadTest/bin/Release/net10.0/SupportSignals.LoadTest.dll
host=functions/SupportSignals.Host/bin/Release/net10.0/SupportSignals.Host.dll
data=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$data"' EXIT
secret=bench-secret-0123456789abcdef
conn="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:20000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:20001/devstoreaccount1;TableEndpoint=http://127.0.0.1:20002/devstoreaccount1;"
node tools/azurite/node_modules/azurite/dist/src/azurite.js --silent --skipApiVersionCheck --loose --location "$data" \
  --blobHost 127.0.0.1 --blobPort 20000 --queueHost 127.0.0.1 --queuePort 20001 --tableHost 127.0.0.1 --tablePort 20002 &
pids+=($!)
sleep 3

echo "== bound (a): bare Kestrel answering 202 without work"
dotnet $load bare 7199 & pids+=($!); sleep 2
dotnet $load run http://127.0.0.1:7199 $secret "$seconds" 128 0 5
kill "${pids[-1]}"; unset 'pids[-1]'

echo "== bound (b): fastest durable write Azurite accepts"
dotnet $load tablebound "$conn" "$seconds"

start_host() { # processing enabled?
  Processing__Enabled=$1 Storage__ConnectionString="$conn" Storage__Prefix=bench Api__Keys=bench Webhooks__generic__Secret=$secret \
    Logging__LogLevel__Default=Warning dotnet $host --urls http://127.0.0.1:7198 & pids+=($!)
  until curl -fsS http://127.0.0.1:7198/api/health >/dev/null 2>&1; do sleep 0.3; done
}

echo "== intake only (processing off), as fast as possible, 5% duplicates"
start_host false
hostpid=${pids[-1]}
dotnet $load run http://127.0.0.1:7198 $secret "$seconds" 128 0 5
echo "== intake at a steady 1,000/s"
dotnet $load run http://127.0.0.1:7198 $secret "$seconds" 256 1000 5
echo "host_peak_rss_mb=$(( $(grep VmHWM /proc/$hostpid/status | awk '{print $2}') / 1024 ))"
queued=$(curl -fsS -H "x-functions-key: bench" http://127.0.0.1:7198/api/status | python3 -c 'import json,sys; print(json.load(sys.stdin)["queued"])')
kill "$hostpid"; unset 'pids[-1]'; sleep 1

echo "== processing: draining the $queued queued messages"
started=$(date +%s.%N)
start_host true
while :; do
  left=$(curl -fsS -H "x-functions-key: bench" http://127.0.0.1:7198/api/status | python3 -c 'import json,sys; print(json.load(sys.stdin)["queued"])')
  [ "$left" = 0 ] && break
  sleep 1
done
elapsed=$(python3 -c "print(f'{$(date +%s.%N) - $started:.1f}')")
events=$(dotnet $load count "$conn" benchEvents)
echo "drain_seconds=$elapsed events_processed=$events events_per_second=$(python3 -c "print(f'{$events / $elapsed:.0f}')")"
