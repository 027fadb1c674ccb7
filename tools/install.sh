#!/usr/bin/env bash
# Installs the project's tools, each only when missing: Azurite (npm, into tools/azurite, from its lock file) and
# Debian's chromium (for the real-browser test of the summary page; apt-get, when /usr/bin/chromium is missing and
# apt is usable: as root, or through sudo without a password).
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ]; then
  if command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" = 0 ] || sudo -n true 2>/dev/null; }; then
    as_root=(); [ "$(id -u)" = 0 ] || as_root=(sudo -n)
    echo "== installing chromium (apt-get)"
    "${as_root[@]}" apt-get update -qq
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "warning: /usr/bin/chromium is missing and apt-get is not usable here; the summary page's browser test will fail" >&2
  fi
fi

cd azurite
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== installing Azurite (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
