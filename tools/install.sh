#!/usr/bin/env bash
# Installs the project's Node tools (Azurite) into tools/azurite, once, from its lock file.
set -euo pipefail
cd "$(dirname "$0")/azurite"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== installing Azurite (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
