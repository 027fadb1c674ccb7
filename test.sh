#!/usr/bin/env bash
# Builds everything that builds on this machine and runs every test. Installs what it needs (Azurite from npm
# into tools/azurite; the Bicep CLI comes from NuGet during restore). The tests start and stop their own Azurite
# on free loopback ports, so nothing needs to be running beforehand and nothing is left running afterwards.
set -euo pipefail
cd "$(dirname "$0")"

./tools/install.sh

echo "== build"
dotnet build SupportSignals.Local.slnf -c Release -nologo -clp:ErrorsOnly

echo "== learned English stage current"
tools/SupportSignals.Train/train.sh --check | tail -1

echo "== format"
dotnet format SupportSignals.Local.slnf --verify-no-changes --no-restore

echo "== test"
set +e
dotnet test SupportSignals.Local.slnf -c Release --no-build -nologo --logger "console;verbosity=minimal" --results-directory .data/TestResults
status=$?
set -e
# Belt and braces: no Azurite started by the tests may outlive the run.
pkill -f "tools/azurite/node_modules/azurite/dist/src/azurite.js --silent --skipApiVersionCheck" 2>/dev/null || true
exit $status
