#!/usr/bin/env bash
# Installs the self-contained package in a clean Debian 11 (bullseye, glibc 2.31, the C
# library of Kylin V10 SP1) chroot and runs it there: the command line's demo, quarterly
# report (its PDF's text is checked) and bundle check, the window offscreen, and the window
# on an X server with a screenshot. Also checks, with the loader's own trace, that every
# library the programs load comes from the package and none from the chroot's system.
#
#   sudo bash installer/portable/smoke-chroot.sh PACKAGE.deb [--arch amd64|arm64] [--no-x]
#
# The chroot is made once with debootstrap and kept as build/portable/chroot-bullseye-ARCH
# .tar; each run unpacks a fresh copy. arm64 runs under qemu-user-static (binfmt_misc).
# Results go to build/portable/smoke-ARCH/ (log, report PDF, screenshot).
# Exit status: 0 all passed, 1 a check failed, 77 cannot run here (not root, no debootstrap
# and no cached chroot, no network for debootstrap).
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
deb=""
arch=amd64
use_x=1
while [ $# -gt 0 ]; do
    case "$1" in
    --arch) arch="$2"; shift 2 ;;
    --no-x) use_x=0; shift ;;
    *) deb="$(readlink -f "$1")"; shift ;;
    esac
done
appid=io.github.committeedesk.committeedesk
prefix="/opt/apps/$appid/files"
results="$here/build/portable/smoke-$arch"
cache="$here/build/portable/chroot-bullseye-$arch.tar"
failures=0

pass() { printf 'PASS: %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*"; failures=$((failures + 1)); }
skip() { printf 'SKIP: %s\n' "$*"; exit 77; }
say() { printf '==> %s\n' "$*"; }

[ -f "$deb" ] || { echo "usage: smoke-chroot.sh PACKAGE.deb [--arch ARCH] [--no-x]" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || skip "a chroot needs root"
if [ "$arch" != "$(dpkg --print-architecture)" ]; then
    # The kernel hands arm64 programs to qemu; F (fix binary) makes that work in a chroot.
    grep -qs '^flags: .*F' /proc/sys/fs/binfmt_misc/qemu-aarch64 ||
        skip "qemu-aarch64 binfmt is not enabled (apt-get install qemu-user-static binfmt-support)"
fi
command -v pdftotext >/dev/null || skip "pdftotext is missing (apt-get install poppler-utils)"

# --- The chroot -------------------------------------------------------------------------
# What a clerk's PC has beside the package: fonts with their fontconfig configuration and
# the Chinese locale. Nothing of Qt, no C++ runtime newer than bullseye's.
chroot_packages=fontconfig-config,fonts-wqy-microhei,locales
if [ ! -f "$cache" ]; then
    command -v debootstrap >/dev/null || skip "debootstrap is missing and there is no $cache"
    say "Making the bullseye chroot ($arch; takes a few minutes, once)"
    build_root="$(mktemp -d)"
    foreign=()
    if [ "$arch" != "$(dpkg --print-architecture)" ]; then foreign=(--foreign); fi
    if ! debootstrap --variant=minbase --arch="$arch" "${foreign[@]}" \
        --include="$chroot_packages" bullseye "$build_root" http://deb.debian.org/debian \
        >"$here/build/portable/debootstrap-$arch.log" 2>&1; then
        rm -rf "$build_root"
        skip "debootstrap failed, no network? (build/portable/debootstrap-$arch.log)"
    fi
    if [ "${#foreign[@]}" -gt 0 ]; then
        cp "/usr/bin/qemu-$( [ "$arch" = arm64 ] && echo aarch64 || echo "$arch")-static" \
            "$build_root/usr/bin/"
        chroot "$build_root" /debootstrap/debootstrap --second-stage \
            >>"$here/build/portable/debootstrap-$arch.log" 2>&1 || skip "second stage failed"
    fi
    echo 'zh_CN.UTF-8 UTF-8' >"$build_root/etc/locale.gen"
    chroot "$build_root" locale-gen >/dev/null 2>&1
    tar -C "$build_root" -cf "$cache" .
    rm -rf "$build_root"
fi

root="$(mktemp -d /tmp/portable-chroot.XXXXXX)"
xvfb_pid=""
cleanup() {
    if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null; fi
    for m in tmp/.X11-unix dev proc; do
        if mountpoint -q "$root/$m"; then umount -l "$root/$m"; fi
    done
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
tar -C "$root" -xf "$cache"
# Every desktop has a machine id; libdbus (the input method plugins use it) aborts without.
if [ ! -s "$root/etc/machine-id" ]; then
    od -An -tx1 -N16 /dev/urandom | tr -d ' \n' >"$root/etc/machine-id"
fi
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
rm -rf "$results" && mkdir -p "$results"
in_chroot() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    XDG_RUNTIME_DIR=/tmp/run LANG=zh_CN.UTF-8 "$@"; }
mkdir -p -m 700 "$root/tmp/run"

glibc="$(in_chroot ldd --version | head -1)"
say "chroot: $glibc"
printf 'chroot C library: %s\n' "$glibc" >"$results/summary.txt"

# --- Install ------------------------------------------------------------------------------
cp "$deb" "$root/tmp/package.deb"
if in_chroot dpkg -i /tmp/package.deb >"$results/dpkg.log" 2>&1; then
    pass "dpkg -i $(basename "$deb") in bullseye"
else
    fail "dpkg -i: $(cat "$results/dpkg.log")"
    exit 1
fi

# --- Command line ---------------------------------------------------------------------------
cli="$prefix/bin/committee-desk-cli"
run_cli() { # name, arguments...
    local name="$1"
    shift
    if in_chroot "$cli" "$@" >"$results/$name.log" 2>&1; then
        pass "committee-desk-cli $*"
    else
        fail "committee-desk-cli $* (exit $?): $(tail -5 "$results/$name.log")"
    fi
}
run_cli version --version
run_cli demo --db /tmp/demo.db demo
year="$(date +%Y)"
run_cli report --db /tmp/demo.db report quarterly --year "$year" --quarter 1 --out /tmp/q.pdf
if [ -s "$root/tmp/q.pdf" ]; then
    cp "$root/tmp/q.pdf" "$results/quarterly.pdf"
    pdftotext "$results/quarterly.pdf" "$results/quarterly.txt"
    # The report is in Chinese; its text must come out of the PDF (a font was embedded).
    if grep -q '季度' "$results/quarterly.txt"; then
        pass "the quarterly report's PDF text has 季度 ($(wc -c <"$results/quarterly.txt") bytes of text)"
    else
        fail "no 季度 in the report's text: $(head -c 300 "$results/quarterly.txt")"
    fi
fi
run_cli export --db /tmp/demo.db export --out /tmp/demo.cdx
run_cli verify verify /tmp/demo.cdx

# A UOS or Kylin session's variables: host library folders first, Qt 5's plugins, theme and
# style. The launcher clears them; the program alone must survive LD_LIBRARY_PATH too
# (DT_RPATH is searched before it), since Qt restarts it without the launcher.
host_libs="$(in_chroot sh -c 'ls -d /lib/*-linux-gnu | head -1')"
hostile=(LD_LIBRARY_PATH="$host_libs:/usr$host_libs" QT_PLUGIN_PATH=/usr/lib/qt5/plugins
    QT_QPA_PLATFORMTHEME=deepin QT_STYLE_OVERRIDE=chameleon QT_QPA_PLATFORM=dxcb)
if in_chroot "${hostile[@]}" "$cli" --version >"$results/hostile.log" 2>&1 &&
    in_chroot LD_LIBRARY_PATH="$host_libs:/usr$host_libs" "$prefix/libexec/committee-desk-cli" \
        --version >>"$results/hostile.log" 2>&1; then
    pass "runs with the host's LD_LIBRARY_PATH and Qt 5 variables set (launcher and program alone)"
else
    fail "with host variables: $(tail -3 "$results/hostile.log")"
fi

# Every shared object the loader initialised must be the package's own: the loader's trace
# (LD_DEBUG=libs, "calling init: PATH") of a command line run and of the X11 window below.
check_trace() { # name of the run; the trace files are /tmp/lddebug-NAME.PID in the chroot
    # One file per process: /bin/sh (the launcher) and timeout are the chroot's own programs
    # and rightly use its libc. The launcher's process becomes the program (exec), so its
    # file is read from the first object of the package on.
    local trace loaded="" outside
    for trace in "$root"/tmp/lddebug-"$1".*; do
        grep -q "calling init: $prefix/" "$trace" 2>/dev/null || continue
        loaded+="$(sed -n "\\|calling init: $prefix/|,\$p" "$trace" |
            sed -n 's/.*calling init: \(.*\)$/\1/p')"$'\n'
    done
    loaded="$(sort -u <<<"$loaded" | grep -v '^$' || true)"
    outside="$(grep -v "^$prefix/" <<<"$loaded" || true)"
    printf '%s\n' "$loaded" >"$results/loaded-$1.txt"
    if [ -n "$loaded" ] && [ -z "$outside" ]; then
        pass "$1: all $(wc -l <<<"$loaded") libraries and plugins loaded are the package's"
    else
        fail "$1: loaded from outside the package: ${outside:-(no trace)}"
    fi
}
in_chroot LD_DEBUG=libs LD_DEBUG_OUTPUT=/tmp/lddebug-cli "$cli" --db /tmp/demo.db \
    report quarterly --year "$year" --quarter 1 --out /tmp/q2.pdf >/dev/null 2>&1 || true
check_trace cli

# --- The window -----------------------------------------------------------------------------
gui="$prefix/bin/committee-desk"
if in_chroot QT_QPA_PLATFORM=offscreen QT_DEBUG_PLUGINS=1 QT_IM_MODULE=fcitx timeout 300 \
    "$gui" --demo --db /tmp/gui.db --quit-after 3000 >"$results/gui-offscreen.log" 2>&1; then
    pass "committee-desk --demo offscreen opens and closes after 3 s"
else
    fail "committee-desk offscreen: $(tail -5 "$results/gui-offscreen.log")"
fi
# Which plugins our Qt loaded, and from where (the input method's among them).
grep -E 'loaded library|Cannot load|not a plugin|incompatible' "$results/gui-offscreen.log" \
    | sed 's/^/    /' | sort -u | head -20

if [ "$use_x" = 1 ] && command -v Xvfb >/dev/null && command -v import >/dev/null; then
    display=:97
    Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$results/xvfb.log" 2>&1 &
    xvfb_pid=$!
    sleep 2
    mkdir -p "$root/tmp/.X11-unix"
    mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
    # Under qemu the window takes far longer to come up.
    shown_after=10 quit_after=15000
    if [ "$arch" != "$(dpkg --print-architecture)" ]; then shown_after=60 quit_after=80000; fi
    in_chroot DISPLAY="$display" LD_DEBUG=libs LD_DEBUG_OUTPUT=/tmp/lddebug-x11 \
        timeout 300 "$gui" --demo --db /tmp/gui.db --quit-after "$quit_after" \
        >"$results/gui-x11.log" 2>&1 &
    gui_pid=$!
    sleep "$shown_after"
    import -display "$display" -window root "$results/screenshot.png" 2>>"$results/xvfb.log"
    if wait "$gui_pid"; then
        pass "committee-desk --demo on X11 (Xvfb) opens and closes"
    else
        fail "committee-desk on X11: $(tail -5 "$results/gui-x11.log")"
    fi
    check_trace x11
    if [ -s "$results/screenshot.png" ]; then
        pass "screenshot: $results/screenshot.png"
    else
        fail "no screenshot"
    fi
fi

if [ "$failures" -eq 0 ]; then
    printf 'smoke-chroot %s: all checks passed (%s)\n' "$arch" "$glibc" | tee -a "$results/summary.txt"
    exit 0
fi
printf 'smoke-chroot %s: %d check(s) failed\n' "$arch" "$failures" | tee -a "$results/summary.txt"
exit 1
