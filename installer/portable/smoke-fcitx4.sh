#!/usr/bin/env bash
# Types Chinese into the packaged app through fcitx 4 — the input method framework of
# UOS 20 and Kylin V10 (4.2.9.x) — in the cached bullseye chroot of smoke-chroot.sh, which
# has fcitx 4.2.9.8. Starts a session bus and fcitx with pinyin, opens the app on an Xvfb
# display with QT_IM_MODULE=fcitx, clicks the ledger's filter field, switches fcitx on with
# fcitx-remote and types "xiaofang" and a space: 消防 should appear in the field.
#
#   sudo bash installer/portable/smoke-fcitx4.sh PACKAGE.deb
#
# Checks fcitx-remote's state (1: our window has an fcitx input context, 2: pinyin is on);
# the screenshots build/portable/smoke-fcitx4/{preedit,committed}.png show the text (look at
# them: the clicks go to fixed places of the 1280x800 window). Exit 77 without root, the
# cached chroot, Xvfb and ImageMagick on this machine, or network for apt in the chroot.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
deb="$(readlink -f "${1:?usage: smoke-fcitx4.sh PACKAGE.deb}")"
cache="$here/build/portable/chroot-bullseye-amd64.tar"
results="$here/build/portable/smoke-fcitx4"
skip() { printf 'SKIP: %s\n' "$*"; exit 77; }
[ "$(id -u)" -eq 0 ] || skip "a chroot needs root"
[ -f "$cache" ] || skip "no $cache (run smoke-chroot.sh first)"
command -v Xvfb >/dev/null && command -v import >/dev/null || skip "Xvfb or import missing"

root="$(mktemp -d /tmp/portable-fcitx4.XXXXXX)"
xvfb_pid=""
cleanup() {
    # Everything still running inside this chroot was started by this script.
    local p
    for p in /proc/[0-9]*; do
        if [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ]; then kill "${p#/proc/}" 2>/dev/null; fi
    done
    if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null; fi
    sleep 1
    for m in tmp/.X11-unix dev proc; do
        if mountpoint -q "$root/$m"; then umount -l "$root/$m"; fi
    done
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
tar -C "$root" -xf "$cache"
od -An -tx1 -N16 /dev/urandom | tr -d ' \n' >"$root/etc/machine-id"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
rm -rf "$results" && mkdir -p "$results"
export_path=(env PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive)
chroot "$root" "${export_path[@]}" apt-get install -y -qq --no-install-recommends \
    fcitx-bin fcitx-modules fcitx-module-dbus fcitx-pinyin dbus dbus-x11 xdotool \
    >"$results/apt.log" 2>&1 || skip "apt-get install fcitx in the chroot failed (network?)"
cp "$deb" "$root/tmp/package.deb"
chroot "$root" "${export_path[@]}" dpkg -i /tmp/package.deb >"$results/dpkg.log" 2>&1 ||
    { echo "FAIL: dpkg -i"; exit 1; }
printf 'fcitx in the chroot: %s\n' "$(chroot "$root" dpkg-query -W -f='${Version}' fcitx-bin)"

Xvfb :96 -screen 0 1280x800x24 -nolisten tcp >"$results/xvfb.log" 2>&1 &
xvfb_pid=$!
sleep 2
mkdir -p "$root/tmp/.X11-unix"
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
cat >"$root/tmp/type.sh" <<'EOF'
#!/bin/sh
export DISPLAY=:96 HOME=/root LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 XDG_RUNTIME_DIR=/tmp/run
export PATH=/usr/bin:/bin
mkdir -p -m 700 /tmp/run /root/.config/fcitx
eval "$(dbus-launch --sh-syntax)"
printf '[Profile]\nIMName=pinyin\nEnabledIMList=fcitx-keyboard-us:True,pinyin:True\n' \
    >/root/.config/fcitx/profile
fcitx -D >/tmp/fcitx.log 2>&1 &
sleep 3
QT_IM_MODULE=fcitx /opt/apps/io.github.committeedesk.committeedesk/files/bin/committee-desk \
    --demo --db /tmp/g.db --quit-after 60000 >/tmp/app.log 2>&1 &
sleep 10
xdotool windowfocus --sync "$(xdotool search --class committee-desk | tail -1)"
xdotool mousemove 88 490 click 1   # the sidebar's 协助工作台账
sleep 2
xdotool mousemove 730 41 click 1   # its filter field
sleep 1
fcitx-remote; echo "state-focused=$?"
fcitx-remote -o
sleep 1
fcitx-remote; echo "state-on=$?"
xdotool type --delay 150 xiaofang
sleep 1
EOF
chmod 755 "$root/tmp/type.sh"
chroot "$root" /tmp/type.sh >"$results/type.log" 2>&1
import -display :96 -window root "$results/preedit.png"
chroot "$root" /usr/bin/env DISPLAY=:96 xdotool key space
sleep 2
import -display :96 -window root "$results/committed.png"

# fcitx-remote prints the focused input context's state: 0 none, 1 off, 2 on.
focused="$(sed -n 's/^\([0-9]\)$/\1/p' "$results/type.log" | head -1)"
on="$(sed -n 's/^\([0-9]\)$/\1/p' "$results/type.log" | sed -n 2p)"
if [ "$focused" = 1 ] && [ "$on" = 2 ]; then
    echo "PASS: the app's filter field has an fcitx 4 input context; pinyin switched on"
    echo "      look at $results/preedit.png (xiaofang -> 消防) and committed.png"
    exit 0
fi
echo "FAIL: fcitx-remote states '$focused' '$on' (want 1 then 2); see $results/type.log"
exit 1
