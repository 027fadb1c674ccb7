#!/usr/bin/env bash
# ./run.sh          install what is missing, start Azurite and the host on http://localhost:7071 until Ctrl-C
# ./run.sh --demo   the same, then replay the bundled sample data, wait for the queue to drain, print the
#                   nightly summary and the advocate list, and exit 0
# Settings come from the environment when set, otherwise from ./local.settings.json (same format as the Functions
# app's), otherwise from the development defaults printed below.
set -euo pipefail
cd "$(dirname "$0")"
demo=false
[ "${1:-}" = "--demo" ] && demo=true

./tools/install.sh

dev_default() { # name value: use the environment, else local.settings.json, else this default (and say so)
  local name=$1 value=$2
  if [ -n "${!name:-}" ]; then return; fi
  if [ -f local.settings.json ] && grep -q "\"$name\"" local.settings.json; then return; fi
  export "$name=$value"
  echo "   $name=$value   (development default)"
}
echo "== settings"
dev_default Storage__ConnectionString "UseDevelopmentStorage=true"
dev_default Api__Keys "dev-api-key-change-me"
dev_default Webhooks__generic__Secret "dev-generic-secret-change-me"
setting() { # the effective value of a setting, for the demo client
  local name=$1
  if [ -n "${!name:-}" ]; then echo "${!name}"; return; fi
  python3 -c "import json,sys; print(json.load(open('local.settings.json'))['Values'].get('$name',''))"
}

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

for port in 10000 10001 10002 7071; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is already in use: stop whatever listens there (another ./run.sh or Azurite?) and retry" >&2
    exit 1
  fi
done

# The demo starts from an empty store every time, so what it prints comes from this build's pipeline and analyzer,
# not from what an earlier run stored (the replayed events would all be duplicates of it).
data=.data/azurite
if $demo; then data=.data/demo-azurite; rm -rf "$data"; fi
echo "== starting Azurite (data in $data)"
mkdir -p "$data"
node tools/azurite/node_modules/azurite/dist/src/azurite.js --silent --skipApiVersionCheck --loose --disableTelemetry \
  --location "$data" --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 &
pids+=($!)

echo "== building and starting the host on http://localhost:7071"
dotnet build functions/SupportSignals.Host -c Release -nologo -clp:ErrorsOnly -v:q
dotnet functions/SupportSignals.Host/bin/Release/net10.0/SupportSignals.Host.dll --urls http://localhost:7071 &
pids+=($!)

for _ in $(seq 1 120); do
  if curl -fsS http://localhost:7071/api/health >/dev/null 2>&1; then break; fi
  sleep 0.5
done
curl -fsS http://localhost:7071/api/health >/dev/null || { echo "the host did not become healthy" >&2; exit 1; }
echo "== ready: POST http://localhost:7071/api/webhooks/{source}; data endpoints need x-functions-key"

if $demo; then
  dotnet build tools/SupportSignals.Demo -c Release -nologo -clp:ErrorsOnly -v:q
  dotnet tools/SupportSignals.Demo/bin/Release/net10.0/SupportSignals.Demo.dll \
    http://localhost:7071 "$(setting Api__Keys | cut -d, -f1)" "$(setting Webhooks__generic__Secret)"
  exit $?
fi
wait
