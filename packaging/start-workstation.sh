#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and starts the PulseDesk workstation on a new, empty data folder.
# The first window is the set-up form that creates the first administrator.
#   PULSEDESK_DATA=DIR  use (or keep) this data folder instead of a new temporary one
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake --preset release
cmake --build --preset release -j "$(nproc)"

data="${PULSEDESK_DATA:-$(mktemp -d -t pulsedesk-XXXXXX)}"
echo "PulseDesk data folder: $data"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting PulseDesk on a virtual X server (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1280x860x24" build/release/bin/pulsedesk --data "$data"
fi
exec build/release/bin/pulsedesk --data "$data"
