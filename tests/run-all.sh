#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and runs every PulseDesk test: installs the dependencies, builds with
# warnings as errors, checks formatting and clang-tidy, brings the translation catalogues up to date, and runs the
# whole CTest suite (widget tests offscreen), then fuzzes every parser of outside input for a bounded time.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh

cmake --preset testing
cmake --build --preset testing -j "$(nproc)"

echo "== clang-format"
cmake --build --preset testing --target format-check

echo "== include directions"
bash tests/check-include-directions.sh

echo "== clang-tidy"
sources=$(git ls-files 'core/*.cpp' 'ui/*.cpp' 'app/*.cpp' 2>/dev/null || find core ui app -name '*.cpp')
# shellcheck disable=SC2086
printf '%s\n' $sources | xargs -P "$(nproc)" -n 4 clang-tidy -p build/testing --quiet 2>/dev/null

echo "== translation catalogues"
# Every user-visible string has a translation: lupdate on copies of the catalogues (the tracked files are never
# rewritten by a test run).
translations=0
bash tests/check-translations.sh || translations=$?

echo "== tests"
ctest --preset testing

echo "== packages"
# The .deb and the AppImage's AppDir installed and started on a clean Debian 12 (mmdebstrap), the MSI authoring
# built with wixl: about 1.5 minutes, root and the Debian archive, so a step here rather than a CTest test.
bash tests/packaging/test-packages.sh build/testing
bash tests/packaging/test-msi.sh build/testing

# The whole suite under AddressSanitizer/UBSan (preset asan) and the threaded tests under ThreadSanitizer (preset
# tsan) run by hand for now (README, "Sanitizers"): they join this script once they have run green on the whole
# merged tree, so that a finding of theirs is fixed rather than lands unseen.

echo "== fuzzing (libFuzzer, address and undefined-behaviour sanitizers)"
step=$SECONDS
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)"
bash tests/fuzz/run-fuzzers.sh "${PULSEDESK_FUZZ_SECONDS:-30}"
echo "fuzzing took $((SECONDS - step)) s"
exit "$translations"
