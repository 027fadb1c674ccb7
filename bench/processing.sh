#!/usr/bin/env bash
# Processing figures: table operations per processed event, by table and kind, counted from Azurite's --debug log,
# and events/s drained from the queue into the tables. Both phases queue generic NPS webhooks with processing off,
# then start the host with processing on and wait for the queue to empty (as the processing phase of intake.sh).
# The operation count runs on its own Azurite with --debug (the log costs Azurite time), the drain rate on one without.
# Usage: bench/processing.sh [events to count operations over, default 200; 0 skips] [events to drain, default 3000]
# Ports: BENCH_PORT_BASE (default 20300) .. +4, so it can run beside intake.sh. BENCH_DEBUG_LOG=<file> keeps the log,
# BENCH_HOST_LOG=<file> the host's. A drain that has not emptied the queue within DRAIN_LIMIT seconds (default 900)
# stops with the host's last log lines instead of waiting for ever.
set -euo pipefail
cd "$(dirname "$0")/.."
count_events=${1:-200}
drain_events=${2:-3000}
base=${BENCH_PORT_BASE:-20300}
./tools/install.sh >/dev/null
dotnet build functions/SupportSignals.Host -c Release -nologo -clp:ErrorsOnly -v:q
dotnet build bench/SupportSignals.LoadTest -c Release -nologo -clp:ErrorsOnly -v:q
load=bench/SupportSignals.LoadTest/bin/Release/net10.0/SupportSignals.LoadTest.dll
host=functions/SupportSignals.Host/bin/Release/net10.0/SupportSignals.Host.dll
work=$(mktemp -d)
pids=()
# Waits for the processes before removing their folder: Azurite saves its database on the way out.
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait; [ -z "${BENCH_HOST_LOG:-}" ] || cp "$work/host.log" "$BENCH_HOST_LOG"; rm -rf "$work"' EXIT
secret=bench-secret-0123456789abcdef
url=http://127.0.0.1:$((base + 3))
conn="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$base/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$((base + 1))/devstoreaccount1;TableEndpoint=http://127.0.0.1:$((base + 2))/devstoreaccount1;"

start_azurite() { # data directory, extra arguments
  local data=$1; shift
  mkdir -p "$data"
  node tools/azurite/node_modules/azurite/dist/src/azurite.js --silent --skipApiVersionCheck --loose --location "$data" "$@" \
    --blobHost 127.0.0.1 --blobPort "$base" --queueHost 127.0.0.1 --queuePort $((base + 1)) --tableHost 127.0.0.1 --tablePort $((base + 2)) &
  pids+=($!)
  azurite_pid=$!
  sleep 3
}

start_host() { # processing enabled?
  Processing__Enabled=$1 Storage__ConnectionString="$conn" Storage__Prefix=bench Api__Keys=bench Webhooks__generic__Secret=$secret \
    Logging__LogLevel__Default=Warning dotnet $host --urls "$url" >>"$work/host.log" 2>&1 & pids+=($!)
  until curl -fsS "$url/api/health" >/dev/null 2>&1; do sleep 0.3; done
}

stop_last() { kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true; unset 'pids[-1]'; }

queued() { curl -fsS -H "x-functions-key: bench" "$url/api/status" 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["queued"])' 2>/dev/null || echo unknown; }

# Queues about $1 events (no duplicates: they never reach the queue) at a steady 100/s.
queue_events() {
  start_host false
  dotnet $load run "$url" $secret $(( ($1 + 99) / 100 )) 16 100 0 >/dev/null
  stop_last
}

cpu_seconds() { awk -v tick="$(getconf CLK_TCK)" '{print ($14 + $15) / tick}' "/proc/$1/stat"; }

drain() { # sets $elapsed (seconds from starting the host to an empty queue) and $cores (CPU each process used meanwhile)
  local started azurite_cpu host_cpu
  started=$(date +%s.%N)
  azurite_cpu=$(cpu_seconds "$azurite_pid")
  start_host true
  host_cpu=$(cpu_seconds "${pids[-1]}")
  while [ "$(queued)" != 0 ]; do
    if python3 -c "import sys; sys.exit($(date +%s.%N) - $started >= ${DRAIN_LIMIT:-900})"; then sleep 1; continue; fi
    echo "the queue did not drain within ${DRAIN_LIMIT:-900} s (queued: $(queued)); the host's last log lines:" >&2
    tail -n 40 "$work/host.log" >&2
    exit 1
  done
  elapsed=$(python3 -c "print(f'{$(date +%s.%N) - $started:.1f}')")
  cores="azurite_cores=$(python3 -c "print(f'{($(cpu_seconds "$azurite_pid") - $azurite_cpu) / $elapsed:.2f}')") host_cores=$(python3 -c "print(f'{($(cpu_seconds "${pids[-1]}") - $host_cpu) / $elapsed:.2f}')")"
}

if [ "$count_events" != 0 ]; then
  echo "== operations per event (Azurite --debug log, $count_events events)"
  start_azurite "$work/count" --debug "$work/debug.log"
  queue_events "$count_events"
  from=$(wc -l <"$work/debug.log")
  drain
  sleep 2
  stop_last
  events=$(dotnet $load count "$conn" benchEvents)
  tail -n +"$((from + 1))" "$work/debug.log" | python3 bench/table-operations.py "$events"
  [ -z "${BENCH_DEBUG_LOG:-}" ] || cp "$work/debug.log" "$BENCH_DEBUG_LOG"
  stop_last
fi

echo "== drain rate ($drain_events events, load average $(cut -d' ' -f1-3 /proc/loadavg))"
start_azurite "$work/drain"
queue_events "$drain_events"
drain
events=$(dotnet $load count "$conn" benchEvents)
echo "drain_seconds=$elapsed events_processed=$events events_per_second=$(python3 -c "print(f'{$events / $elapsed:.1f}')") $cores load_average_after=$(cut -d' ' -f1-3 /proc/loadavg)"
