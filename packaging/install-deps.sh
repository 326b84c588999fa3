#!/usr/bin/env bash
# Installs every build, test and demo dependency of PulseDesk on Debian 12 with apt-get.
# Run as root, or as a user who may use sudo. Safe to run again: apt-get skips what is installed.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git
    clang-format clang-tidy
    # Qt 6.4
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-multimedia-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libqt6opengl6-dev
    # storage and crypto
    libsqlcipher-dev sqlcipher libssl-dev openssl
    # MQTT client library, broker and command-line clients for tests and the demo
    libmosquitto-dev mosquitto mosquitto-clients
    # a private sound server whose output the alarm-sound test records
    pulseaudio pulseaudio-utils
    # running the GUI headless (tests, screenshots) and the AppStream/desktop file checks
    xvfb xauth x11-utils desktop-file-utils appstream
    # fonts so offscreen and Xvfb rendering have glyphs
    fonts-dejavu-core
    # PostgreSQL for the ward server: libpq and Qt's QPSQL driver for the storage backend; the server binaries
    # only for tests, which run their own server in a temporary folder (never the system service)
    postgresql-15 libpq-dev libqt6sql6-psql
    # packages (tests/packaging): Lintian, a clean Debian 12 root (mmdebstrap), the window found and kept
    # (xdotool, xwd), the AppImage's AppDir and file system (patchelf, squashfs-tools), the MSI authoring (wixl,
    # msiinfo from msitools), the ward server's unit checked with systemd-analyze (systemd; nothing is started)
    lintian mmdebstrap debian-archive-keyring xdotool x11-apps patchelf squashfs-tools wixl msitools systemd
    # export tests: Node.js for the independent FHIR validator (tests/tools/fhir-validator), Python's csv reader,
    # pdftotext for the patient's copy
    nodejs python3 poppler-utils
    # (poppler-utils also reads the PDF reports back in tests: pdftotext, pdfinfo, pdftoppm)
    # HL7 interfaces: an independent HL7 v2 parser and MLLP peer for the interface tests (tests/support/hl7_peer.py)
    python3-hl7
    # hardening: clang's libFuzzer and sanitizer runtimes for the fuzz preset (the asan and tsan presets use gcc's)
    clang libclang-rt-14-dev
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "install-deps: run as root or install sudo" >&2
        exit 1
    fi
}

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ "${#missing[@]}" -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages already installed"
else
    echo "install-deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -q
    as_root apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# export tests: the FHIR validator's npm packages, as pinned by its package-lock.json (npm comes with some
# Node.js builds; Debian's own is the npm package)
command -v npm >/dev/null 2>&1 || as_root apt-get install -y -q --no-install-recommends npm
bash "$(dirname "$0")/../tests/tools/fhir-validator/setup.sh"
