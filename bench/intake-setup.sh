# Sourced by intake.sh and rates.sh: Azurite as three processes on ports 20000-20002 and the local host on :7198,
# with the load generator's secret; everything started is stopped (and the data removed) when the script exits.
# HOST_DIR=<checkout> takes the host from that checkout's Release build, to compare builds run alternately.
./tools/install.sh >/dev/null
dotnet build bench/SupportSignals.LoadTest -c Release -nologo -clp:ErrorsOnly -v:q >/dev/null
[ -n "${HOST_DIR:-}" ] || dotnet build functions/SupportSignals.Host -c Release -nologo -clp:ErrorsOnly -v:q >/dev/null
load=bench/SupportSignals.LoadTest/bin/Release/net10.0/SupportSignals.LoadTest.dll
host=${HOST_DIR:-.}/functions/SupportSignals.Host/bin/Release/net10.0/SupportSignals.Host.dll
data=$(mktemp -d)
pids=()
trap 'stop_started; rm -rf "$data"' EXIT
secret=bench-secret-0123456789abcdef
conn="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:20000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:20001/devstoreaccount1;TableEndpoint=http://127.0.0.1:20002/devstoreaccount1;"
azurite=tools/azurite/node_modules/azurite/dist/src

# Table, queue and blob services as three Azurite processes, as they are three services in Azure: one Node.js
# process for all of them would make the queue's work and the tables' share one core. AZURITE_EXTRA adds options
# ("--inMemoryPersistence": no disk saves; diagnostic only, not durable).
start_azurite() { # data folder; the services' pids become pids[0..2]
  for service in table:20002 queue:20001 blob:20000; do
    # shellcheck disable=SC2086 # AZURITE_EXTRA holds options
    node "$azurite/${service%%:*}/main.js" --silent --skipApiVersionCheck --loose --disableTelemetry --location "$1" \
      ${AZURITE_EXTRA:-} "--${service%%:*}Host" 127.0.0.1 "--${service%%:*}Port" "${service##*:}" &
    pids+=($!)
  done
  sleep 3
}

stop_started() { # the host first, so that it does not see storage go away
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[i]}" 2>/dev/null || true; done; wait 2>/dev/null || true; pids=()
}

cpu_seconds() { awk '{print ($14 + $15) / 100}' "/proc/$1/stat"; } # user + system CPU of a process so far

start_host() { # processing enabled?
  Processing__Enabled=$1 Storage__ConnectionString="$conn" Storage__Prefix=bench Api__Keys=bench Webhooks__generic__Secret=$secret \
    Logging__LogLevel__Default=Warning dotnet "$host" --urls http://127.0.0.1:7198 & pids+=($!)
  until curl -fsS http://127.0.0.1:7198/api/health >/dev/null 2>&1; do sleep 0.3; done
}
