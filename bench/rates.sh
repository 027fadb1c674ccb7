#!/usr/bin/env bash
# Intake runs at chosen rates on a fresh Azurite, for comparing builds and settings: one host (processing off), a
# warm-up, then each "seconds:concurrency:rate" run (rate 0 = as fast as possible), with the table service's and the
# host's CPU. Usage: bench/rates.sh 20:128:0 20:256:1000 …
#   WARM (default 15) seconds of warm-up at full speed · TIMELINE=1 per-second latencies on stderr ·
#   HOST_DIR=<checkout> runs that checkout's Release host (built beforehand), to compare builds run alternately ·
#   AZURITE_EXTRA="--inMemoryPersistence" runs Azurite without its disk saves (diagnostic only: not durable).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/intake-setup.sh
start_azurite "$data" >/dev/null
start_host false
dotnet $load run http://127.0.0.1:7198 $secret "${WARM:-15}" 128 0 5 >/dev/null
for spec in "$@"; do
  IFS=: read -r seconds concurrency rate <<<"$spec"
  t0=$(date +%s.%N); table0=$(cpu_seconds "${pids[0]}"); host0=$(cpu_seconds "${pids[3]}")
  echo "-- $spec (load $(cut -d' ' -f1-3 /proc/loadavg))"
  TIMELINE=${TIMELINE:-0} dotnet $load run http://127.0.0.1:7198 $secret "$seconds" "$concurrency" "$rate" 5 | grep -E 'accepted|p50|statuses'
  t1=$(date +%s.%N); table1=$(cpu_seconds "${pids[0]}"); host1=$(cpu_seconds "${pids[3]}")
  python3 -c "t = $t1 - $t0; print(f'cores_used table_azurite={($table1 - $table0) / t:.2f} host={($host1 - $host0) / t:.2f}')"
done
