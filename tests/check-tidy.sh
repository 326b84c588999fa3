#!/usr/bin/env bash
# Runs clang-tidy over core/, ui/ and app/ with the checks .clang-tidy names; every finding is an error.
# Usage: tests/check-tidy.sh [JOBS]   (default: one per core). Prints the findings; exits 1 if there are any.
#
# A file's syntax checks cost less than the walk of Qt's headers every one of them makes, so they run in batches of
# sixteen files (the tidy-batches preset's unity files: a file a batch includes is reported like one checked alone,
# as its path matches .clang-tidy's HeaderFilterRegex). The static analyzer looks deeply only at the file it is given,
# so it runs on each file alone (the tidy preset). Together about a third of the time of every check on every file.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${1:-$(nproc)}

cmake --preset tidy >/dev/null
cmake --preset tidy-batches >/dev/null

# The checks .clang-tidy enables that must see each file alone: the analyzer's, and the one that would report the
# batches' own `#include "X.cpp"` lines.
sample=$(git ls-files 'core/*.cpp' | sed -n 1p) # sed reads to the end: head's early exit could kill git (SIGPIPE)
alone=$(clang-tidy -p build/tidy --list-checks "$sample" \
    | sed -n 's/^ *\(clang-analyzer-[^ ]*\|bugprone-suspicious-include\)$/\1/p' | paste -sd, -)
[ -n "$alone" ] || {
    echo "check-tidy: clang-tidy lists no analyzer check" >&2
    exit 1
}
batched="-clang-analyzer-*,-bugprone-suspicious-include"

# The batches of core/, ui/ and app/, and any of their files a batch leaves out.
root=$PWD
batches=$(sed -n 's#^ *"file": "\(.*\)",\{0,1\}$#\1#p' build/tidy-batches/compile_commands.json \
    | sed -n -E -e "s#^$root/(build/tidy-batches/(core|ui|app)/.*/Unity/unity_[0-9]+_cxx\.cxx)\$#\1#p" \
        -e "s#^$root/((core|ui|app)/.*\.cpp)\$#\1#p")
[ -n "$batches" ] || {
    echo "check-tidy: build/tidy-batches/compile_commands.json names no batch" >&2
    exit 1
}
sources=$(git ls-files 'core/*.cpp' 'ui/*.cpp' 'app/*.cpp')

status=0
# shellcheck disable=SC2086 # one path a word
printf '%s\n' $batches | xargs -P "$jobs" -n 1 clang-tidy -p build/tidy-batches --quiet --checks="$batched" \
    2>/dev/null || status=1
# shellcheck disable=SC2086
printf '%s\n' $sources | xargs -P "$jobs" -n 4 clang-tidy -p build/tidy --quiet --checks="-*,$alone" \
    2>/dev/null || status=1
if [ "$status" -ne 0 ]; then
    echo "clang-tidy: the findings above are errors" >&2
fi
exit "$status"
