#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and starts the PulseDesk demo: a local Mosquitto broker, a simulated ward
# of a dozen patients of all ages whose devices stream heart rate (with episodes that raise alarms), demo staff
# accounts for each role (printed below), and the workstation. Closing the workstation stops the demo.
#   PULSEDESK_DATA=DIR  use (or keep) this demo data folder instead of a new temporary one
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake --preset release
cmake --build --preset release -j "$(nproc)"

data="${PULSEDESK_DATA:-$(mktemp -d -t pulsedesk-demo-XXXXXX)}"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting the demo on a virtual X server (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1280x860x24" build/release/bin/pulsedesk-cli --data "$data" demo
fi
exec build/release/bin/pulsedesk-cli --data "$data" demo
