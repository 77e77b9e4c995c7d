#!/usr/bin/env bash
# Installs Debian's redis-server for the two-process live-session test when it is missing (like ensure-chromium.sh).
# The test starts its own redis-server on a free loopback port; nothing here starts a service.
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then exit 0; fi
echo "No redis-server found: installing Debian's redis-server package…"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "redis-server is missing and this user cannot install packages. Install it with: apt-get install redis-server" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# --no-install-recommends, and policy-rc.d keeps the package from starting a system-wide Redis on port 6379.
POLICY=/usr/sbin/policy-rc.d
if [ ! -e "$POLICY" ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null
  $SUDO chmod +x "$POLICY"
  trap '$SUDO rm -f "$POLICY"' EXIT
fi
$SUDO apt-get install -y -qq --no-install-recommends redis-server >/dev/null
command -v redis-server
