#!/usr/bin/env bash
# The whole test suite again under AddressSanitizer and UndefinedBehaviorSanitizer: builds
# the `asan` preset and runs `ctest --preset asan`. ctest runs it as the test asan_suite.
# Leaves out the package test (it builds its own release) and the sanitizer and fuzz runs
# themselves. Exits 77 (skipped) where the sanitizer runtime is missing.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
echo 'int main() { return 0; }' >"$probe/p.cpp"
if ! c++ -fsanitize=address,undefined "$probe/p.cpp" -o "$probe/p" 2>/dev/null || ! "$probe/p"; then
    echo "asan: the compiler cannot build with -fsanitize=address,undefined here; skipped"
    exit 77
fi

if [ ! -f build/asan/CMakeCache.txt ]; then
    cmake --preset asan >/dev/null
fi
cmake --build build/asan -j2
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    XDG_RUNTIME_DIR=$(mktemp -d)
    export XDG_RUNTIME_DIR
fi
exec ctest --preset asan -j2 -E '^(package_install|asan_suite|fuzz_short)$'
