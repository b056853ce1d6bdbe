#!/usr/bin/env bash
# Compiles the Windows installer script with makensis against stand-in files, so a
# mistake in committee-desk.nsi or list-files.cmake shows up on Linux too. This checks
# that the script is well-formed and that every file of the deployment folder is listed
# for installing and for removing; it cannot check that the installer works on Windows.
#
# Exit status: 0 when it compiles, 1 when not, 77 (skipped) when makensis is missing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
command -v makensis >/dev/null || {
    echo "SKIP: makensis is not installed (apt-get install nsis)"
    exit 77
}
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# What cmake --install plus windeployqt put in the deployment folder, in miniature.
deploy="$tmp/deploy"
mkdir -p "$deploy/platforms" "$deploy/sqldrivers" "$deploy/iconengines" \
    "$deploy/imageformats" "$deploy/translations"
for file in committee-desk.exe committee-desk-cli.exe Qt6Core.dll Qt6Gui.dll Qt6Widgets.dll \
    Qt6Sql.dll Qt6Network.dll Qt6PrintSupport.dll Qt6Svg.dll vc_redist.x64.exe \
    platforms/qwindows.dll sqldrivers/qsqlite.dll iconengines/qsvgicon.dll \
    imageformats/qsvg.dll translations/qtbase_zh_CN.qm; do
    printf 'stand-in for %s\n' "$file" >"$deploy/$file"
done

cmake -DDEPLOY_DIR="$deploy" -DOUTPUT="$tmp/files.nsh" -P "$here/list-files.cmake"
listed=$(grep -c '^  File ' "$tmp/files.nsh")
removed=$(grep -c '^  Delete ' "$tmp/files.nsh")
if [ "$listed" -ne 15 ] || [ "$removed" -ne 15 ]; then
    echo "FAIL: the file list has $listed files to install and $removed to remove, not 15"
    exit 1
fi
if ! grep -q 'RMDir "$INSTDIR\\platforms"' "$tmp/files.nsh"; then
    echo "FAIL: the plug-in folders are not removed on uninstall"
    exit 1
fi

makensis -V2 -WX -DVERSION=0.1.0 -DDEPLOY_DIR="$deploy" -DFILES_NSH="$tmp/files.nsh" \
    -DOUTDIR="$tmp" "$here/committee-desk.nsi"
setup="$tmp/committee-desk-0.1.0-setup.exe"
if [ ! -s "$setup" ]; then
    echo "FAIL: makensis made no $setup"
    exit 1
fi
echo "PASS: committee-desk.nsi compiles ($(du -k "$setup" | cut -f1) KB with stand-in files)"
