#!/usr/bin/env bash
# The ctest test portable_package: makes the self-contained package from the build ctest
# runs in (so nothing is compiled a second time), checks it (check-bundle.sh: layout, info
# file, no library from the host, symbol versions), and, when a bullseye chroot is already
# cached in build/portable, installs and runs it there (smoke-chroot.sh). Making that
# chroot takes debootstrap about three minutes, too long for every CI run: run
# smoke-chroot.sh by hand once (README.md here) and later runs use the cache.
#
#   bash installer/portable/test-portable.sh [BUILD_DIR]     (default build/dev)
#
# Exit status 0 passed, 1 failed, 77 skipped: not a Debian-style machine, patchelf missing
# and not installable (needs root or sudo without a password), or deb.debian.org not
# reachable for the plugin packages. COMMITTEE_SKIP_PORTABLE_TEST=1 skips on purpose.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build_dir="$(cd "${1:-$here/build/dev}" && pwd)"
portable="$here/installer/portable"
skip() { printf 'SKIP: %s\n' "$*"; exit 77; }

[ "${COMMITTEE_SKIP_PORTABLE_TEST:-}" = 1 ] && skip "COMMITTEE_SKIP_PORTABLE_TEST=1"
for tool in dpkg-deb apt-get readelf objdump file python3; do
    command -v "$tool" >/dev/null || skip "$tool is missing (not a Debian-style system?)"
done
as_root=()
is_root=0
if [ "$(id -u)" -eq 0 ]; then
    is_root=1
elif sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
fi
# patchelf is the one tool setup.sh does not install; get it like setup.sh would.
if ! command -v patchelf >/dev/null; then
    if [ "$is_root" = 1 ] || [ ${#as_root[@]} -gt 0 ]; then
        DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq \
            --no-install-recommends patchelf >/dev/null 2>&1 || skip "cannot install patchelf"
    else
        skip "patchelf is missing (apt-get install patchelf)"
    fi
fi
if [ ! -f "$here/build/portable/extra-amd64/.complete" ] &&
    ! timeout 10 bash -c 'exec 3<>/dev/tcp/deb.debian.org/80' 2>/dev/null; then
    skip "deb.debian.org is not reachable for the plugin packages"
fi

out="${PORTABLE_OUT:-$build_dir/portable}" # PORTABLE_OUT: when the build is not yours to write in
start=$SECONDS
# No compression: xz takes a minute on two cores and the test only reads the package.
if ! deb="$(bash "$portable/build-portable.sh" --build-dir "$build_dir" --out "$out" -z none \
    2>"$out.log" | tail -1)" || [ ! -f "$deb" ]; then
    printf 'FAIL: build-portable.sh (see %s)\n' "$out.log"
    tail -5 "$out.log"
    exit 1
fi
printf 'PASS: built %s in %d s\n' "$(basename "$deb")" $((SECONDS - start))
bash "$portable/check-bundle.sh" "$deb" || exit 1

cache="$here/build/portable/chroot-bullseye-amd64.tar"
if [ "$is_root" = 1 ] && [ -f "$cache" ]; then
    bash "$portable/smoke-chroot.sh" "$deb" --arch amd64
    status=$?
    [ "$status" -eq 77 ] && status=0 # the package checks above still count
    exit "$status"
fi
printf 'NOTE: no chroot run (needs root and %s; make it with smoke-chroot.sh)\n' \
    "${cache#"$here"/}"
exit 0
