#!/usr/bin/env bash
# Sets up a Debian 12, Ubuntu or UOS machine for Committee Desk and then either opens the
# app on a demo database or runs every test. It installs only what is missing, so a second
# run starts building at once.
#
#   bash installer/setup.sh run            install what is missing, build, open the demo
#   bash installer/setup.sh test           install what is missing, build, run all tests
#   bash installer/setup.sh build          install what is missing and build
#   PRESET=release bash installer/setup.sh test    another preset (dev, release, asan)
set -euo pipefail

action="${1:-run}"
preset="${PRESET:-dev}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

# What building and running need, and what only the tests need.
build_packages=(cmake g++ ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6svg6 catch2
    fonts-noto-cjk fonts-wqy-microhei fonts-arphic-uming libfontconfig-dev
    libxlsxwriter-dev libzip-dev libsodium-dev libsqlite3-dev)
# dpkg-dev and file let CPack work out the package's dependencies; appstream and
# desktop-file-utils validate what the package installs; nsis compiles the Windows script;
# poppler-utils and unzip read the documents the tests write (PDF text and fonts, XLSX cells).
# clang and libclang-rt-14-dev build and run the libFuzzer targets (tests/fuzz).
test_packages=(xvfb xauth poppler-utils clang-format unzip
    dpkg-dev file appstream desktop-file-utils nsis clang libclang-rt-14-dev)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

missing_packages() {
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            printf '%s\n' "$pkg"
        fi
    done
}

install_missing() {
    local missing
    mapfile -t missing < <(missing_packages "$@")
    if [ "${#missing[@]}" -eq 0 ]; then
        return
    fi
    say "Installing ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
}

# Seconds each phase took, said before the tests start (ctest's own summary, with each
# test's time, is the last thing a test run prints).
phase_times=()
timed() {
    local name="$1" start=$SECONDS
    shift
    "$@"
    phase_times+=("$name $((SECONDS - start)) s")
}

build() {
    if [ ! -f "build/$preset/CMakeCache.txt" ]; then
        say "Configuring ($preset)"
        timed configuring cmake --preset "$preset"
    fi
    say "Building ($preset)"
    timed building cmake --build --preset "$preset"
}

case "$action" in
run)
    install_missing "${build_packages[@]}"
    build
    say "Opening Committee Desk on the demo database"
    exec "build/$preset/bin/committee-desk" --demo
    ;;
test)
    timed installing install_missing "${build_packages[@]}" "${test_packages[@]}"
    build
    say "Running the tests (so far: $(IFS=,; echo "${phase_times[*]}" | sed 's/,/, /g'))"
    # Qt wants a private runtime folder; CI machines often have none.
    if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
        XDG_RUNTIME_DIR="$(mktemp -d)"
        export XDG_RUNTIME_DIR
    fi
    exec ctest --preset "$preset"
    ;;
build)
    install_missing "${build_packages[@]}"
    build
    ;;
*)
    echo "usage: bash installer/setup.sh run|test|build" >&2
    exit 2
    ;;
esac
