#!/usr/bin/env bash
# Runs every libFuzzer target of tests/fuzz for a bounded time and fails when one finds a crash, a leak, a
# sanitizer report or a timeout. Seeds: the committed corpus/ of each target and the public sample files under
# ../shared/data (read where they are, never copied). What a run found is kept in build/fuzz/corpus-run/<target>
# for the next run; a crashing input is left in build/fuzz/artifacts/<target>/ with the command that repeats it.
#
# Usage: tests/fuzz/run-fuzzers.sh [seconds per target (default 40)] [target ...]
# Environment: PULSEDESK_FUZZ_BUILD (default build/fuzz), PULSEDESK_SHARED_DATA (default ../shared/data),
# PULSEDESK_FUZZ_JOBS (targets run at once; default: the cores).
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-40}
shift || true
build=${PULSEDESK_FUZZ_BUILD:-build/fuzz}
data=${PULSEDESK_SHARED_DATA:-../shared/data}
corpus=tests/fuzz/corpus

# target: seed folders (own corpus first, then shared data)
declare -A seeds=(
    [fuzz-message-parser]="$corpus/message-parser $data/azure-iomt-fhir-device-messages"
    [fuzz-json-stream]="$corpus/device-dump $corpus/message-parser $data/fhir-phd-device-bundles $data/openmhealth-sample-data-generator $data/shimmer-vendor-api-heart-rate"
    [fuzz-keyslot-file]="$corpus/keyslot-file"
    [fuzz-hl7]="$corpus/hl7"
    [fuzz-import-device-dump]="$corpus/device-dump $corpus/message-parser $data/azure-iomt-fhir-device-messages"
    [fuzz-import-fhir]="$data/fhir-r4-vitalsigns $data/fhir-phd-device-bundles"
    [fuzz-import-open-mhealth]="$data/openmhealth-schemas/test-data $data/openmhealth-sample-data-generator"
    [fuzz-import-fitbit-archive]="$corpus/fitbit-archive"
    [fuzz-import-fitbit-csv]="$corpus/fitbit-csv $data/fitbit-fitabase-heartrate-seconds"
    [fuzz-import-apple-health]="$corpus/apple-health $data/apple-health-export"
    [fuzz-import-vendor-api]="$data/shimmer-vendor-api-heart-rate"
)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(printf '%s\n' "${!seeds[@]}" | sort)

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_LOGGING_RULES="*.debug=false;qt.*=false"

# One fuzzer per core at a time (PULSEDESK_FUZZ_JOBS): each target is one process, and a run of all of them then
# takes the seconds per target times the targets divided by the cores.
jobs=${PULSEDESK_FUZZ_JOBS:-$(nproc)}
for target in "${targets[@]}"; do
    if [ ! -x "$build/fuzz/$target" ]; then
        echo "run-fuzzers: $build/fuzz/$target is missing; build it with: cmake --preset fuzz && cmake --build build/fuzz --target fuzzers" >&2
        exit 2
    fi
done

# fuzz <target>: runs it; its log is $build/logs/<target>.log, and <target>.result says ok or FAILED.
fuzz() {
    local target=$1 binary="$build/fuzz/$1" work="$build/corpus-run/$1" artifacts="$build/artifacts/$1"
    local log="$build/logs/$1.log" dirs=() dir
    mkdir -p "$work" "$artifacts" "$(dirname "$log")"
    for dir in ${seeds[$target]}; do
        if [ -d "$dir" ]; then dirs+=("$dir"); else echo "run-fuzzers: no seed folder $dir" >&2; fi
    done
    if "$binary" -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" "$work" "${dirs[@]}" >"$log" 2>&1; then
        echo ok >"$build/logs/$target.result"
    else
        echo FAILED >"$build/logs/$target.result"
    fi
}

running=0
for target in "${targets[@]}"; do
    rm -f "$build/logs/$target.result"
    fuzz "$target" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait -n
        running=$((running - 1))
    fi
done
wait

failed=()
printf '%-28s %10s %8s %8s %8s  %s\n' target execs/s cov ft corpus result
for target in "${targets[@]}"; do
    log="$build/logs/$target.log"
    result=$(cat "$build/logs/$target.result" 2>/dev/null || echo FAILED)
    done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1 || true)
    [ -n "$done_line" ] || done_line=$(grep -E '^#[0-9]+[[:space:]]' "$log" | tail -1 || true)
    cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$done_line")
    ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$done_line")
    units=$(sed -nE 's/.* corp: ([0-9]+\/[0-9]+[a-zA-Z]*).*/\1/p' <<<"$done_line")
    speed=$(sed -nE 's/^stat::average_exec_per_sec: *([0-9]+).*/\1/p' "$log" | tail -1)
    printf '%-28s %10s %8s %8s %8s  %s\n' "$target" "${speed:-?}" "${cov:-?}" "${ft:-?}" "${units:-?}" "$result"
    if [ "$result" != ok ]; then
        failed+=("$target")
        grep -E 'ERROR: |SUMMARY: |runtime error|Test unit written' "$log" | head -10 >&2 || true
        echo "  full log: $log; repeat with: $build/fuzz/$target $build/artifacts/$target/<file>" >&2
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "run-fuzzers: ${failed[*]} failed" >&2
    exit 1
fi
