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
echo "== tests under AddressSanitizer and UndefinedBehaviorSanitizer"
step=$SECONDS
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$(nproc)"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --preset asan
echo "asan took $((SECONDS - step)) s"

echo "== threaded tests under ThreadSanitizer"
step=$SECONDS
cmake --preset tsan >/dev/null
cmake --build --preset tsan -j "$(nproc)"
TSAN_OPTIONS="halt_on_error=1 die_after_fork=0 second_deadlock_stack=1 suppressions=$PWD/tests/sanitizers/tsan.supp" ctest --preset tsan
echo "tsan took $((SECONDS - step)) s"

echo "== fuzzing (libFuzzer, address and undefined-behaviour sanitizers)"
step=$SECONDS
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)"
bash tests/fuzz/run-fuzzers.sh "${PULSEDESK_FUZZ_SECONDS:-30}"
echo "fuzzing took $((SECONDS - step)) s"
exit "$translations"
