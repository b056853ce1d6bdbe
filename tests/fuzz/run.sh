#!/bin/bash
# Builds the `fuzz` preset and runs each libFuzzer target for SECONDS (default 15) on a
# copy of its seed corpus (tests/fuzz/corpus/<target>), so the corpus in the repository
# only changes by hand. A crash leaves its input in build/fuzz/artifacts/ and fails the run.
#
#   tests/fuzz/run.sh [SECONDS] [TARGET...]
# The same inputs each run (seed 1), so a CI failure can be reproduced; FUZZ_SEED=0 picks a
# random seed, as a longer run should.
# Exits 77 (ctest: skipped) when clang or its fuzzer runtime is not installed.
set -euo pipefail
seconds=${1:-15}
shift || true
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

if ! command -v clang++ >/dev/null; then
    echo "fuzz: clang++ is not installed (apt-get install clang libclang-rt-14-dev); skipped"
    exit 77
fi
resource_dir=$(clang++ -print-resource-dir)
if ! ls "$resource_dir"/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1; then
    echo "fuzz: the libFuzzer runtime is missing (apt-get install libclang-rt-14-dev); skipped"
    exit 77
fi

cmake --preset fuzz >/dev/null
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < build/fuzz/fuzz_targets.txt
fi
cmake --build build/fuzz -j2 --target "${targets[@]}"

artifacts=build/fuzz/artifacts
mkdir -p "$artifacts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=()
for target in "${targets[@]}"; do
    mkdir -p "$work/$target"
    if [ -d "tests/fuzz/corpus/$target" ]; then
        cp -r "tests/fuzz/corpus/$target/." "$work/$target/"
    fi
    # The files the app ships are seeds too, taken from where they live rather than copied
    # into the corpus.
    case "$target" in
    fuzz_template) cp resources/templates/*.html "$work/$target/" ;;
    fuzz_reference_loader) cp resources/reference/*.json "$work/$target/" ;;
    esac
    echo "fuzz: $target for ${seconds}s"
    # Leak checking is off: Qt keeps caches for the life of the process.
    if ! ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
        "build/fuzz/bin/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -seed="${FUZZ_SEED:-1}" \
        -print_final_stats=1 -artifact_prefix="$artifacts/$target-" "$work/$target" \
        >"$work/$target.log" 2>&1; then
        tail -n 60 "$work/$target.log"
        failed+=("$target")
    else
        grep -E "stat::number_of_executed_units|Done [0-9]+ runs" "$work/$target.log" | tail -n 2
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: FAILED: ${failed[*]} (inputs in $artifacts)"
    exit 1
fi
echo "fuzz: ${#targets[@]} targets ran ${seconds}s each without a finding"
