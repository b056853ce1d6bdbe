#!/usr/bin/env bash
# Makes the self-contained package for UOS 20, deepin 20 and Kylin V10 (README.md here):
# the two programs from a finished build, with their own Qt 6, C++ runtime, C library and
# dynamic loader, laid out as the UOS store wants it under /opt/apps/<appid>/.
#
#   bash installer/portable/build-portable.sh [options]
#     --build-dir DIR   the build whose bin/ holds the programs (default build/release; a
#                       real package is made from the release build, the ctest test uses
#                       build/dev so it does not compile the project a second time)
#     --out DIR         where the staging tree and the .deb go (default build/portable/out-ARCH)
#     --arch ARCH       amd64 (default) or arm64 (the build must then be an arm64 build, and
#                       the arm64 libraries come from --sysroot)
#     --sysroot DIR     root to take the libraries from instead of this machine's /
#     -z xz|gzip|none   compression of the .deb (default xz: every dpkg on UOS and Kylin
#                       reads it; the test uses none to save a minute)
#
# Needs patchelf, binutils and dpkg-deb; downloads a few Qt plugin packages (Wayland,
# fcitx5, more image formats) with apt-get download into build/portable/debs-ARCH.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
portable="$here/installer/portable"
build_dir="$here/build/release"
arch=amd64
sysroot=""
compression=xz
out=""
while [ $# -gt 0 ]; do
    case "$1" in
    --build-dir) build_dir="$(cd "$2" && pwd)"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --arch) arch="$2"; shift 2 ;;
    --sysroot) sysroot="$(cd "$2" && pwd)"; shift 2 ;;
    -z) compression="$2"; shift 2 ;;
    *) echo "build-portable.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
out="${out:-$here/build/portable/out-$arch}"

say() { printf '==> %s\n' "$*"; }
die() { printf 'build-portable.sh: %s\n' "$*" >&2; exit 1; }

# The UOS store takes the Debian package name as the application id, and Debian package
# names are lower case; the desktop entry and icon are named after it (store rules).
appid=io.github.committeedesk.committeedesk
prefix="/opt/apps/$appid"
case "$arch" in
amd64) triplet=x86_64-linux-gnu; loader=ld-linux-x86-64.so.2 ;;
arm64) triplet=aarch64-linux-gnu; loader=ld-linux-aarch64.so.1 ;;
*) die "unsupported --arch $arch (amd64 or arm64)" ;;
esac
strip_tool=strip
if [ "$arch" != amd64 ]; then strip_tool="$triplet-strip"; fi
for tool in patchelf readelf dpkg-deb apt-get "$strip_tool"; do
    command -v "$tool" >/dev/null || die "$tool is missing (apt-get install patchelf binutils dpkg)"
done
for program in committee-desk committee-desk-cli; do
    [ -x "$build_dir/bin/$program" ] || die "no $build_dir/bin/$program; build it first"
done
version="$(sed -n 's/^project(CommitteeDesk VERSION \([0-9.]*\).*/\1/p' "$here/CMakeLists.txt")"
[ -n "$version" ] || die "cannot read the version from CMakeLists.txt"

# --- Plugin packages this machine need not have installed ------------------------------
# Downloaded, not installed: installing them here would change the Qt every other test on
# this machine runs with. A private apt state (build/portable/apt-ARCH) lists bookworm for
# the package's architecture, so neither arm64 nor backports has to be added to this
# machine's apt. The fcitx5 plugin comes from bookworm-backports: 5.1 and later also speak
# to fcitx 4, the input method UOS 20 and Kylin V10 ship; bookworm's 5.0.16 speaks only to
# fcitx 5. Both are built for bookworm's Qt 6.4.
extra_packages=(qt6-wayland libqt6waylandclient6 libqt6wlshellintegration6
    qt6-image-formats-plugins libwayland-client0 libwayland-cursor0 libwayland-egl1
    libwebp7 libwebpdemux2 libwebpmux3 libtiff6 libdeflate0 libjbig0 liblerc4 libxkbcommon-x11-0
    libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-util1 libxcb-xkb1
    libxcb-cursor0 libsm6 libice6 libmd4c0 libcups2 libavahi-client3 libavahi-common3 libdbus-1-3
    fcitx5-frontend-qt6/bookworm-backports libfcitx5-qt6-1/bookworm-backports)
apt_state="$here/build/portable/apt-$arch"
apt_private=(-o "Dir::Etc::SourceList=$apt_state/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::State::Lists=$apt_state/lists" -o "Dir::Cache=$apt_state/cache"
    -o "APT::Architecture=$arch" -o "APT::Architectures::=$arch")
debs="$here/build/portable/debs-$arch"
extra="$here/build/portable/extra-$arch"
if [ ! -f "$extra/.complete" ]; then
    say "Downloading ${extra_packages[*]} ($arch)"
    mkdir -p "$apt_state/lists/partial" "$apt_state/cache/archives/partial" "$debs"
    keyring=/usr/share/keyrings/debian-archive-keyring.gpg
    printf 'deb [signed-by=%s] http://deb.debian.org/debian %s main\n' \
        "$keyring" bookworm "$keyring" bookworm-backports >"$apt_state/sources.list"
    apt-get "${apt_private[@]}" update -qq || die "apt-get update failed (deb.debian.org?)"
    rm -f "$debs"/*.deb
    (cd "$debs" && apt-get "${apt_private[@]}" download -qq "${extra_packages[@]}" 2>&1 |
        grep -v 'unsandboxed' || true)
    [ "$(find "$debs" -name '*.deb' | wc -l)" -eq "${#extra_packages[@]}" ] ||
        die "apt-get download did not fetch all of ${extra_packages[*]}"
    rm -rf "$extra" && mkdir -p "$extra"
    for deb in "$debs"/*.deb; do dpkg-deb -x "$deb" "$extra"; done
    touch "$extra/.complete"
fi

# Where libraries and plugins are looked for, first hit wins.
root="${sysroot:-}"
lib_dirs=("$extra/usr/lib/$triplet" "$root/lib/$triplet" "$root/usr/lib/$triplet")
plugin_dirs=("$extra/usr/lib/$triplet/qt6/plugins" "$root/usr/lib/$triplet/qt6/plugins")

# --- Staging tree ---------------------------------------------------------------------
stage="$out/root"
app="$stage$prefix"
files="$app/files"
rm -rf "$out" && mkdir -p "$files"/{bin,libexec,lib,plugins,translations,doc,etc/fonts}
say "Staging into $app"

for program in committee-desk committee-desk-cli; do
    # The dev build carries its debug information; a clerk's package does not.
    "$strip_tool" --strip-debug -o "$files/libexec/$program" "$build_dir/bin/$program"
    install -m 755 "$portable/launcher.sh" "$files/bin/$program"
done
# qt.conf beside the programs points Qt at the package's plugins and translations
# (QLibraryInfo reads it; paths are relative to the folder qt.conf is in).
printf '[Paths]\nPrefix = ..\nPlugins = plugins\nTranslations = translations\n' \
    >"$files/libexec/qt.conf"
install -m 644 "$portable/fonts.conf" "$files/etc/fonts/fonts.conf"

# The plugins the clerk's work needs: X11 and Wayland windows (offscreen for the command
# line's documents), Chinese input through fcitx 4/5 and ibus, printing through CUPS,
# the SQLite driver, the SVG icons and the usual image formats.
plugins=(
    platforms/libqxcb.so platforms/libqwayland-generic.so platforms/libqoffscreen.so
    platforms/libqminimal.so
    wayland-shell-integration/libxdg-shell.so wayland-shell-integration/libwl-shell-plugin.so
    wayland-decoration-client/libbradient.so
    platforminputcontexts/libfcitx5platforminputcontextplugin.so
    platforminputcontexts/libibusplatforminputcontextplugin.so
    platforminputcontexts/libcomposeplatforminputcontextplugin.so
    printsupport/libcupsprintersupport.so sqldrivers/libqsqlite.so iconengines/libqsvgicon.so
    imageformats/libqsvg.so imageformats/libqjpeg.so imageformats/libqgif.so
    imageformats/libqico.so imageformats/libqwebp.so imageformats/libqtiff.so
    imageformats/libqwbmp.so imageformats/libqtga.so imageformats/libqicns.so
)
for plugin in "${plugins[@]}"; do
    source_file=""
    for dir in "${plugin_dirs[@]}"; do
        if [ -z "$source_file" ] && [ -f "$dir/$plugin" ]; then source_file="$dir/$plugin"; fi
    done
    [ -n "$source_file" ] || die "plugin $plugin not found in ${plugin_dirs[*]}"
    mkdir -p "$files/plugins/$(dirname "$plugin")"
    cp "$source_file" "$files/plugins/$plugin"
    printf '%s\n' "$source_file" >>"$out/plugin-sources.txt"
done

# Qt's own dialogs in Chinese (AppInfo::installTranslators loads qtbase_zh_CN from
# QLibraryInfo's translations folder, which qt.conf makes ours).
for qm in qtbase_zh_CN.qm qt_zh_CN.qm; do
    found=""
    for dir in "$root/usr/share/qt6/translations" "$extra/usr/share/qt6/translations"; do
        if [ -z "$found" ] && [ -f "$dir/$qm" ]; then found="$dir/$qm"; fi
    done
    [ -n "$found" ] || die "$qm not found (apt-get install qt6-translations-l10n)"
    cp "$found" "$files/translations/"
done

# --- Libraries: the whole closure, C library and loader included ------------------------
find_lib() { # soname -> path of the file on this machine (or the sysroot)
    local dir
    for dir in "${lib_dirs[@]}"; do
        if [ -e "$dir/$1" ]; then readlink -f "$dir/$1"; return 0; fi
    done
    return 1
}
needed() { readelf -dW "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; }

declare -A bundled=()
queue=("$files"/libexec/committee-desk "$files"/libexec/committee-desk-cli)
while IFS= read -r -d '' plugin; do queue+=("$plugin"); done \
    < <(find "$files/plugins" -name '*.so' -print0)
sources_list="$out/bundled-sources.txt"
: >"$sources_list"
while [ ${#queue[@]} -gt 0 ]; do
    elf="${queue[0]}"
    queue=("${queue[@]:1}")
    for soname in $(needed "$elf"); do
        [ -z "${bundled[$soname]:-}" ] || continue
        source_file="$(find_lib "$soname")" || die "$soname (needed by ${elf#"$stage"}) not found"
        cp "$source_file" "$files/lib/$soname"
        chmod 644 "$files/lib/$soname"
        bundled[$soname]=1
        printf '%s %s\n' "$soname" "$source_file" >>"$sources_list"
        queue+=("$files/lib/$soname")
    done
done
# The loader comes from the same glibc build as libc.so.6: they share GLIBC_PRIVATE.
loader_source="$(find_lib "$loader")" || die "$loader not found"
cp "$loader_source" "$files/lib/$loader"
chmod 755 "$files/lib/$loader"
printf '%s %s\n' "$loader" "$loader_source" >>"$sources_list"
say "Bundled ${#bundled[@]} libraries"

# --- Point every ELF file at the package ----------------------------------------------
# An absolute interpreter: the kernel starts our loader, never the host's, and
# /proc/self/exe (Qt's applicationDirPath) stays the program itself. The install path is
# fixed by the UOS layout, so the absolute path is safe. DT_RPATH rather than RUNPATH: it
# is searched before LD_LIBRARY_PATH and applies to the libraries' own dependencies too.
for program in committee-desk committee-desk-cli; do
    patchelf --set-interpreter "$prefix/files/lib/$loader" \
        --force-rpath --set-rpath '$ORIGIN/../lib' "$files/libexec/$program"
done
while IFS= read -r -d '' plugin; do
    patchelf --force-rpath --set-rpath '$ORIGIN/../../lib' "$plugin"
done < <(find "$files/plugins" -name '*.so' -print0)
for lib in "$files"/lib/*; do
    # Debian's libraries carry no search path, except a few with a RUNPATH into /usr:
    # those get the package's folder instead, so they do not stop the search there.
    if readelf -dW "$lib" | grep -q '(RUNPATH)\|(RPATH)'; then
        patchelf --force-rpath --set-rpath '$ORIGIN' "$lib"
    fi
done

# --- Licences of what the package carries ----------------------------------------------
install -m 644 "$here/installer/linux/copyright" "$files/doc/copyright"
mkdir -p "$files/doc/third-party"
{
    echo "Libraries and Qt plugins in this package, from Debian 12 (bookworm) packages:"
    cut -d' ' -f2 "$sources_list"
    (cd "$files/plugins" && find . -name '*.so' | sort)
} >"$files/doc/third-party/FILES"
packages_used=()
owner_of() { # file path (under $root) -> the package that ships it
    local path="${1#"$root"}" candidate
    # Merged /usr: the file is found as /usr/lib/…, the package ships it as /lib/….
    for candidate in "$path" "${path#/usr}"; do
        if [ -f "$root/.file-owners" ]; then # a sysroot: arm64-sysroot.sh's index
            grep -m1 "^$candidate " "$root/.file-owners" | cut -d' ' -f2
        else
            dpkg -S "$candidate" 2>/dev/null | head -1 | cut -d: -f1
        fi | grep . && return 0
    done
    return 0
}
while read -r path; do
    owner="$(owner_of "$path")"
    if [ -n "$owner" ]; then packages_used+=("$owner"); fi
done < <(cut -d' ' -f2 "$sources_list"; cat "$out/plugin-sources.txt")
for deb in "$debs"/*.deb; do packages_used+=("$(dpkg-deb -f "$deb" Package)"); done
for pkg in $(printf '%s\n' "${packages_used[@]}" | sort -u); do
    for doc in "$root/usr/share/doc/$pkg/copyright" "$extra/usr/share/doc/$pkg/copyright"; do
        if [ -f "$doc" ]; then cp "$doc" "$files/doc/third-party/$pkg.copyright"; break; fi
    done
done

# --- entries/ and info: what the UOS store and the desktop read --------------------------
entries="$app/entries"
mkdir -p "$entries/applications"
sed -e "s|^Exec=committee-desk|Exec=$prefix/files/bin/committee-desk|" \
    -e "s|^TryExec=.*|TryExec=$prefix/files/bin/committee-desk|" \
    -e "s|^Icon=.*|Icon=$appid|" \
    "$here/installer/linux/io.github.committeedesk.CommitteeDesk.desktop" \
    >"$entries/applications/$appid.desktop"
icons="$here/resources/icons"
mkdir -p "$entries/icons/hicolor/scalable/apps"
cp "$icons/committee-desk.svg" "$entries/icons/hicolor/scalable/apps/$appid.svg"
for size in 16 24 32 48 64 128 256; do
    mkdir -p "$entries/icons/hicolor/${size}x${size}/apps"
    cp "$icons/hicolor/${size}x${size}/apps/committee-desk.png" \
        "$entries/icons/hicolor/${size}x${size}/apps/$appid.png"
done
# info: the store's four-part version; no special permissions (no autostart, tray, camera).
cat >"$app/info" <<EOF
{
    "appid": "$appid",
    "name": "Committee Desk 村居工作台",
    "version": "$version.0",
    "arch": ["$arch"],
    "permissions": {
        "autostart": false,
        "notification": false,
        "trayicon": false,
        "clipboard": true,
        "account": false,
        "bluetooth": false,
        "camera": false,
        "audio_record": false,
        "installed_apps": false
    }
}
EOF

# --- The Debian package -----------------------------------------------------------------
find "$stage" -type d -exec chmod 755 {} +
mkdir -p "$stage/DEBIAN"
installed_size="$(du -sk "$stage/opt" | cut -f1)"
# No Depends: the package needs only the kernel (3.2 or newer), /bin/sh, an X11 or Wayland
# session, fonts (fontconfig's configuration) and CUPS, all of which every desktop has.
# No maintainer scripts: the UOS store refuses packages that change the system from them.
cat >"$stage/DEBIAN/control" <<EOF
Package: $appid
Version: $version
Architecture: $arch
Maintainer: Committee Desk maintainers <maintainers@users.noreply.r-seed-0ee15fc1.example>
Installed-Size: $installed_size
Section: misc
Priority: optional
Description: office desk for the clerk of a village or community committee (self-contained)
 Committee Desk (村居工作台) for UOS 20, deepin 20 and Kylin V10: it carries its own Qt 6,
 C++ runtime and C library under $prefix, so it runs on systems with an
 older C library (glibc 2.28 and later) and no Qt 6.
EOF
(cd "$stage" && find opt -type f -print0 | sort -z | xargs -0 md5sum) >"$stage/DEBIAN/md5sums"
deb="$out/${appid}_${version}_${arch}.deb"
say "Packing $(basename "$deb") ($compression)"
dpkg-deb --root-owner-group -Z"$compression" --build "$stage" "$deb" >/dev/null
printf '%s\n' "$deb"
