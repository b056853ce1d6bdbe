#!/usr/bin/env bash
# Makes a Debian 12 arm64 sysroot (build/portable/sysroot-arm64) and an arm64 release build
# of the two programs (build/portable/build-arm64) with the cross compiler, then the arm64
# package with build-portable.sh. Nothing is installed for arm64 on this machine: apt
# resolves and downloads the arm64 packages in a private state (as build-portable.sh does),
# and they are unpacked into the sysroot.
#
#   bash installer/portable/arm64-sysroot.sh            sysroot, build, package
#
# Needs g++-aarch64-linux-gnu and binutils-aarch64-linux-gnu, and this machine's Qt 6
# development tools (moc, rcc, uic, lrelease run here: QT_HOST_PATH). Takes 15-30 minutes on
# two cores; use nice. Run the arm64 programs with smoke-chroot.sh --arch arm64, under
# qemu-user-static.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$here/build/portable"
sysroot="$work/sysroot-arm64"
build="$work/build-arm64"
say() { printf '==> %s\n' "$*"; }

# What the project's CMakeLists find (setup.sh's build_packages), for arm64.
packages=(qt6-base-dev qt6-base-private-dev qt6-tools-dev libqt6sql6-sqlite libqt6svg6
    qt6-translations-l10n libxlsxwriter-dev libzip-dev libsodium-dev libsqlite3-dev
    libgl-dev libegl-dev libvulkan-dev libxkbcommon-dev)

if [ ! -f "$sysroot/.complete" ]; then
    state="$work/apt-arm64-sysroot"
    mkdir -p "$state/lists/partial" "$state/archives/partial"
    : >"$state/status" # nothing counts as installed: the whole closure is downloaded
    printf 'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm main\n' \
        >"$state/sources.list"
    apt=(-o "Dir::Etc::SourceList=$state/sources.list" -o Dir::Etc::SourceParts=/dev/null
        -o "Dir::State::Lists=$state/lists" -o "Dir::State::status=$state/status"
        -o "Dir::Cache=$state" -o "Dir::Cache::archives=$state/archives"
        -o APT::Architecture=arm64 -o APT::Architectures::=arm64
        -o APT::Install-Recommends=false -o Debug::NoLocking=true)
    say "Resolving and downloading the arm64 packages"
    apt-get "${apt[@]}" update -qq
    apt-get "${apt[@]}" install -y -qq --download-only "${packages[@]}" >/dev/null
    rm -rf "$sysroot" && mkdir -p "$sysroot"
    for deb in "$state"/archives/*.deb; do dpkg-deb -x "$deb" "$sysroot"; done
    # Debian's development links are absolute (/lib/aarch64-linux-gnu/libz.so.1.2.13); in a
    # sysroot they must point inside it.
    find "$sysroot" -type l -lname '/*' | while read -r link; do
        target="$(readlink "$link")"
        ln -sfn "$(realpath -m --relative-to="$(dirname "$link")" "$sysroot$target")" "$link"
    done
    # bookworm is merged-/usr: /lib is /usr/lib.
    for d in lib bin sbin; do [ -e "$sysroot/$d" ] || ln -s "usr/$d" "$sysroot/$d"; done
    touch "$sysroot/.complete"
fi
# Which package each file came from, for the licences build-portable.sh copies (the sysroot
# has no dpkg database).
if [ ! -f "$sysroot/.file-owners" ]; then
    for deb in "$work"/apt-arm64-sysroot/archives/*.deb; do
        pkg="$(dpkg-deb -f "$deb" Package)"
        dpkg-deb -c "$deb" | awk -v p="$pkg" '{sub(/^\./, "", $6); print $6 " " p}'
    done >"$sysroot/.file-owners"
fi
# The sysroot's Qt tools are arm64 programs; the LinguistTools targets name lrelease there
# instead of under QT_HOST_PATH. This machine's are the same Qt 6.4.2.
for tool in "$sysroot"/usr/lib/qt6/bin/* "$sysroot"/usr/lib/qt6/libexec/*; do
    host_tool="/usr/lib/qt6/${tool#"$sysroot/usr/lib/qt6/"}"
    if [ -x "$host_tool" ] && [ ! -L "$tool" ]; then ln -sf "$host_tool" "$tool"; fi
done

toolchain="$work/aarch64-toolchain.cmake"
cat >"$toolchain" <<EOF
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)
set(CMAKE_SYSROOT "$sysroot")
set(CMAKE_FIND_ROOT_PATH "$sysroot")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# Qt's code generators and lrelease run here: this machine's Qt 6.4 (same version).
set(QT_HOST_PATH /usr)
set(QT_HOST_PATH_CMAKE_DIR /usr/lib/x86_64-linux-gnu/cmake)
set(ENV{PKG_CONFIG_SYSROOT_DIR} "$sysroot")
set(ENV{PKG_CONFIG_LIBDIR} "$sysroot/usr/lib/aarch64-linux-gnu/pkgconfig:$sysroot/usr/share/pkgconfig")
EOF

if [ ! -f "$build/CMakeCache.txt" ]; then
    say "Configuring the arm64 release build"
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DCOMMITTEE_BUILD_TESTS=OFF
fi
say "Building committee-desk and committee-desk-cli for arm64 (-j${JOBS:-1})"
nice -n 19 cmake --build "$build" -j"${JOBS:-1}" --target committee-desk committee-desk-cli
bash "$here/installer/portable/build-portable.sh" --arch arm64 --build-dir "$build" \
    --sysroot "$sysroot" "$@"
