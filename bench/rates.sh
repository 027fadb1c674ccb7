#!/usr/bin/env bash
# Intake runs at chosen rates on a fresh Azurite, for comparing builds and settings: one host (processing off), a
# warm-up, then each "seconds:concurrency:rate" run (rate 0 = as fast as possible), with the table service's and the
# host's CPU. Usage: bench/rates.sh 20:128:0 20:256:1000 …
#   WARM (default 15) seconds of warm-up at full speed · TIMELINE=1 per-second latencies on stderr ·
#   HOST_DIR=<checkout> runs that checkout's Release host (built beforehand), to compare builds run alternately ·
#   AZURITE_EXTRA="--inMemoryPersistence" runs Azurite without its disk saves (diagnostic only: not durable)
set -euo pipefail
cd "$(dirname "$0")/.."
./tools/install.sh >/dev/null
dotnet build bench/SupportSignals.LoadTest -c Release -nologo -clp:ErrorsOnly -v:q >/dev/null
[ -n "${HOST_DIR:-}" ] || dotnet build functions/SupportSignals.Host -c Release -nologo -clp:ErrorsOnly -v:q >/dev/null
load=bench/SupportSignals.LoadTest/bin/Release/net10.0/SupportSignals.LoadTest.dll
host=${HOST_DIR:-.}/functions/SupportSignals.Host/bin/Release/net10.0/SupportSignals.Host.dll
data=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$data"' EXIT
secret=bench-secret-0123456789abcdef
conn="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:20000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:20001/devstoreaccount1;TableEndpoint=http://127.0.0.1:20002/devstoreaccount1;"
azurite=tools/azurite/node_modules/azurite/dist/src
for service in table:20002 queue:20001 blob:20000; do
  # shellcheck disable=SC2086 # AZURITE_EXTRA holds options
  node "$azurite/${service%%:*}/main.js" --silent --skipApiVersionCheck --loose --disableTelemetry --location "$data" \
    ${AZURITE_EXTRA:-} "--${service%%:*}Host" 127.0.0.1 "--${service%%:*}Port" "${service##*:}" >/dev/null &
  pids+=($!)
done
sleep 3
Processing__Enabled=false Storage__ConnectionString="$conn" Storage__Prefix=bench Api__Keys=bench Webhooks__generic__Secret=$secret \
  Logging__LogLevel__Default=Warning dotnet "$host" --urls http://127.0.0.1:7198 & pids+=($!)
until curl -fsS http://127.0.0.1:7198/api/health >/dev/null 2>&1; do sleep 0.3; done
dotnet $load run http://127.0.0.1:7198 $secret "${WARM:-15}" 128 0 5 >/dev/null
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
for spec in "$@"; do
  IFS=: read -r seconds concurrency rate <<<"$spec"
  t0=$(date +%s.%N); table0=$(cpu_ticks "${pids[0]}"); host0=$(cpu_ticks "${pids[3]}")
  echo "-- $spec (load $(cut -d' ' -f1-3 /proc/loadavg))"
  TIMELINE=${TIMELINE:-0} dotnet $load run http://127.0.0.1:7198 $secret "$seconds" "$concurrency" "$rate" 5 | grep -E 'accepted|p50|statuses'
  t1=$(date +%s.%N); table1=$(cpu_ticks "${pids[0]}"); host1=$(cpu_ticks "${pids[3]}")
  python3 -c "t = $t1 - $t0; print(f'cores_used table_azurite={($table1 - $table0) / 100 / t:.2f} host={($host1 - $host0) / 100 / t:.2f}')"
done
