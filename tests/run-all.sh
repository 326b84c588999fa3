#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and runs every PulseDesk test: installs the dependencies, builds with
# warnings as errors, checks formatting and clang-tidy, and runs the whole CTest suite (widget tests offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh

cmake --preset testing
cmake --build --preset testing -j "$(nproc)"

echo "== clang-format"
cmake --build --preset testing --target format-check

echo "== clang-tidy"
sources=$(git ls-files 'core/*.cpp' 'ui/*.cpp' 'app/*.cpp' 2>/dev/null || find core ui app -name '*.cpp')
# shellcheck disable=SC2086
printf '%s\n' $sources | xargs -P "$(nproc)" -n 4 clang-tidy -p build/testing --quiet 2>/dev/null

echo "== tests"
ctest --preset testing
