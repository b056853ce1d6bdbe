#!/usr/bin/env bash
# Checks a self-contained package made by build-portable.sh without installing it:
#
#  Layout (what the UOS store and dpkg read): dpkg-deb -c shows only /opt/apps/<appid>/,
#  no maintainer scripts, the info file's JSON fields, the desktop entry and icons, the
#  plugins the clerk needs (windows, Chinese input, printing, SQLite, images).
#
#  ABI floor: the package brings its own C library, so the floor that matters on the
#  clerk's PC is the kernel's, and the check is that nothing reaches past the package:
#   - every ELF file's NEEDED libraries are in files/lib (no library taken from the host),
#   - both programs' interpreter is the package's loader, with the package's search path,
#   - objdump -T: no file asks for a GLIBC_ version above the bundled libc's, nor a
#     GLIBCXX_/CXXABI_ above the bundled libstdc++'s,
#   - the loader and every glibc library come from one glibc build (GLIBC_PRIVATE),
#   - the bundled C library's minimum kernel (file(1): "for GNU/Linux 3.2.0") is not
#     above KERNEL_FLOOR (default 4.4: Kylin V10 has 4.4 or 5.4, UOS 20 4.19).
#
#   bash installer/portable/check-bundle.sh PACKAGE.deb
# Exit status 0 when every check passed, 1 otherwise.
set -uo pipefail

deb="${1:?usage: check-bundle.sh PACKAGE.deb}"
kernel_floor="${KERNEL_FLOOR:-4.4}"
appid=io.github.committeedesk.committeedesk
failures=0
pass() { printf 'PASS: %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*"; failures=$((failures + 1)); }
version_le() { [ "$(printf '%s\n%s\n' "$1" "$2" | sort -V | head -1)" = "$1" ]; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp/root" || { fail "dpkg-deb -x $deb"; exit 1; }
dpkg-deb -e "$deb" "$tmp/control" || { fail "dpkg-deb -e $deb"; exit 1; }
app="$tmp/root/opt/apps/$appid"
files="$app/files"
arch="$(dpkg-deb -f "$deb" Architecture)"
case "$arch" in
amd64) loader=ld-linux-x86-64.so.2; objdump=objdump ;;
arm64) loader=ld-linux-aarch64.so.1; objdump=aarch64-linux-gnu-objdump ;;
*) fail "unexpected Architecture $arch"; exit 1 ;;
esac
command -v "$objdump" >/dev/null || objdump=objdump

# --- Layout -----------------------------------------------------------------------------
listing="$(dpkg-deb -c "$deb" | awk '{print $6}')"
strays="$(grep -vE "^\./(opt/(apps/($appid/.*)?)?)?$" <<<"$listing" || true)"
if [ -z "$strays" ]; then
    pass "dpkg-deb -c: all $(wc -l <<<"$listing") entries under /opt/apps/$appid/"
else
    fail "entries outside /opt/apps/$appid: $(head -5 <<<"$strays")"
fi
scripts="$(ls "$tmp/control" | grep -vxE 'control|md5sums' || true)"
if [ -z "$scripts" ]; then pass "no maintainer scripts"; else fail "maintainer scripts: $scripts"; fi
package="$(dpkg-deb -f "$deb" Package)"
version="$(dpkg-deb -f "$deb" Version)"
if [ "$package" = "$appid" ]; then pass "Package is the appid"; else fail "Package $package"; fi
if [ -z "$(dpkg-deb -f "$deb" Depends)" ]; then pass "no Depends"; else fail "has Depends"; fi

required=(
    files/bin/committee-desk files/bin/committee-desk-cli
    files/libexec/committee-desk files/libexec/committee-desk-cli files/libexec/qt.conf
    "files/lib/$loader" files/lib/libc.so.6 files/lib/libstdc++.so.6 files/lib/libQt6Core.so.6
    files/translations/qtbase_zh_CN.qm files/doc/copyright
    "entries/applications/$appid.desktop" "entries/icons/hicolor/scalable/apps/$appid.svg"
    files/plugins/platforms/libqxcb.so files/plugins/platforms/libqwayland-generic.so
    files/plugins/platforms/libqoffscreen.so
    files/plugins/wayland-shell-integration/libxdg-shell.so
    files/plugins/platforminputcontexts/libfcitx5platforminputcontextplugin.so
    files/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so
    files/plugins/printsupport/libcupsprintersupport.so files/plugins/sqldrivers/libqsqlite.so
    files/plugins/iconengines/libqsvgicon.so files/plugins/imageformats/libqsvg.so
    files/plugins/imageformats/libqjpeg.so info
)
for size in 16 24 32 48 64 128 256; do
    required+=("entries/icons/hicolor/${size}x${size}/apps/$appid.png")
done
missing=()
for path in "${required[@]}"; do [ -e "$app/$path" ] || missing+=("$path"); done
if [ ${#missing[@]} -eq 0 ]; then
    pass "all ${#required[@]} required files present"
else
    fail "missing: ${missing[*]}"
fi
for program in committee-desk committee-desk-cli; do
    [ -x "$files/bin/$program" ] && [ -x "$files/libexec/$program" ] ||
        fail "$program is not executable"
done
# The fcitx plugin must also speak to fcitx 4 (UOS 20, Kylin V10): fcitx5-qt 5.1 or later.
if grep -q 'Fcitx4Watcher' "$files/plugins/platforminputcontexts/libfcitx5platforminputcontextplugin.so"
then
    pass "the fcitx plugin speaks to fcitx 4 and fcitx 5"
else
    fail "the fcitx plugin cannot speak to fcitx 4 (UOS 20, Kylin V10 cannot type Chinese)"
fi

# info: JSON, with the fields the store reads.
if python3 - "$app/info" "$appid" "$version" "$arch" <<'EOF'; then
import json, re, sys
path, appid, version, arch = sys.argv[1:]
info = json.load(open(path, encoding="utf-8"))
problems = []
if info.get("appid") != appid: problems.append("appid")
if not info.get("name"): problems.append("name")
v = info.get("version", "")
if not re.fullmatch(r"\d+\.\d+\.\d+\.\d+", v) or not v.startswith(version + "."):
    problems.append("version %r (four numbers, starting with %s)" % (v, version))
if info.get("arch") != [arch]: problems.append("arch %r" % info.get("arch"))
perms = info.get("permissions")
if not isinstance(perms, dict) or not all(isinstance(x, bool) for x in perms.values()):
    problems.append("permissions")
if problems:
    print("info fields wrong: " + ", ".join(problems)); sys.exit(1)
EOF
    pass "info: appid, name, version, arch and permissions"
else
    fail "info JSON"
fi

desktop="$app/entries/applications/$appid.desktop"
if grep -qx "Exec=/opt/apps/$appid/files/bin/committee-desk" "$desktop" &&
    grep -qx "Icon=$appid" "$desktop" && grep -q '^Name\[zh_CN\]=村居工作台' "$desktop"; then
    pass "desktop entry: Exec, Icon, Chinese and English names"
else
    fail "desktop entry fields"
fi
if command -v desktop-file-validate >/dev/null; then
    if out="$(desktop-file-validate "$desktop" 2>&1)"; then
        pass "desktop-file-validate"
    else
        fail "desktop-file-validate: $out"
    fi
fi

# --- ABI floor ------------------------------------------------------------------------
mapfile -t elves < <(find "$files" -type f -exec sh -c \
    'head -c4 "$1" | grep -q "^.ELF" && echo "$1"' _ {} \; | sort)
leaks=()
for elf in "${elves[@]}"; do
    for soname in $(readelf -dW "$elf" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
        [ -e "$files/lib/$soname" ] || leaks+=("${elf#"$files"/} needs $soname")
    done
done
if [ ${#leaks[@]} -eq 0 ]; then
    pass "all NEEDED libraries of ${#elves[@]} ELF files are in the package"
else
    fail "libraries the package lacks: ${leaks[*]:0:5}"
fi
for program in committee-desk committee-desk-cli; do
    interp="$(readelf -lW "$files/libexec/$program" | sed -n 's/.*interpreter: \(.*\)\]/\1/p')"
    rpath="$(readelf -dW "$files/libexec/$program" | sed -n 's/.*(RPATH).*\[\(.*\)\]/\1/p')"
    if [ "$interp" = "/opt/apps/$appid/files/lib/$loader" ] && [ "$rpath" = '$ORIGIN/../lib' ]; then
        pass "$program: interpreter $interp, RPATH $rpath"
    else
        fail "$program: interpreter '$interp', RPATH '$rpath'"
    fi
done

# Highest symbol versions asked for (objdump -T: undefined symbols) and offered.
max_version() { grep -oE "\b$1_[0-9.]+[0-9]" | sed "s/^$1_//" | sort -V | tail -1; }
needs="$tmp/needs.txt"
for elf in "${elves[@]}"; do
    "$objdump" -T "$elf" 2>/dev/null | grep '\*UND\*'
done >"$needs"
# The version definitions (objdump -p) of the bundled libc and libstdc++.
glibc_offered="$("$objdump" -p "$files/lib/libc.so.6" | max_version GLIBC)"
glibc_needed="$(max_version GLIBC <"$needs")"
cxx_offered="$("$objdump" -p "$files/lib/libstdc++.so.6" | max_version GLIBCXX)"
cxx_needed="$(max_version GLIBCXX <"$needs")"
abi_offered="$("$objdump" -p "$files/lib/libstdc++.so.6" | max_version CXXABI)"
abi_needed="$(max_version CXXABI <"$needs")"
if version_le "$glibc_needed" "$glibc_offered"; then
    pass "highest GLIBC_ needed $glibc_needed <= bundled libc's $glibc_offered"
else
    fail "GLIBC_$glibc_needed needed, the bundled libc has only $glibc_offered"
fi
if version_le "$cxx_needed" "$cxx_offered" && version_le "$abi_needed" "$abi_offered"; then
    pass "highest GLIBCXX_ $cxx_needed, CXXABI_ $abi_needed <= bundled libstdc++'s ($cxx_offered, $abi_offered)"
else
    fail "GLIBCXX_$cxx_needed / CXXABI_$abi_needed needed; bundled $cxx_offered / $abi_offered"
fi
# One glibc build: the loader and libc carry the same release string.
libc_release="$(strings "$files/lib/libc.so.6" | grep -m1 -o 'GLIBC [0-9][^)]*')"
loader_release="$(strings "$files/lib/$loader" | grep -m1 -o 'GLIBC [0-9][^)]*')"
if [ -n "$libc_release" ] && [ "$libc_release" = "$loader_release" ]; then
    pass "loader and libc from one glibc build ($libc_release)"
else
    fail "loader ($loader_release) and libc ($libc_release) differ"
fi
kernel="$(file -L "$files/lib/libc.so.6" | grep -o 'for GNU/Linux [0-9.]*' | awk '{print $3}')"
if [ -n "$kernel" ] && version_le "$kernel" "$kernel_floor"; then
    pass "bundled libc needs Linux $kernel or later (floor $kernel_floor)"
else
    fail "bundled libc needs Linux '${kernel:-?}', above the floor $kernel_floor"
fi

if [ "$failures" -eq 0 ]; then
    printf 'check-bundle: all checks passed (%s %s)\n' "$(basename "$deb")" "$arch"
    exit 0
fi
printf 'check-bundle: %d check(s) failed\n' "$failures"
exit 1
