#!/usr/bin/env bash
# Checks the Debian package end to end, the way a clerk's PC would get it: builds it from
# the release preset, looks inside, installs it with apt, runs both installed programs,
# validates the desktop entry and the AppStream file, removes the package again, and
# checks that removing it left the user's data alone.
#
#   bash installer/test-package.sh        (ctest runs it as the test package_install)
#
# Exit status: 0 when every check passed, 1 when one failed, 77 (a skip for ctest) when it
# cannot run here: it needs root, or sudo without a password, to install a package. Set
# COMMITTEE_SKIP_PACKAGE_TEST=1 to skip it on purpose; the release workflow does, since it
# only makes the package and should not install it on the machine that builds it.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

app_id=io.github.committeedesk.CommitteeDesk
failures=0
installed_by_us=0
tmp=""

pass() { printf 'PASS: %s\n' "$*"; }
fail() {
    printf 'FAIL: %s\n' "$*"
    failures=$((failures + 1))
}
skip() {
    printf 'SKIP: %s\n' "$*"
    exit 77
}
# A failure after which nothing else can be checked.
stop() {
    fail "$*"
    printf 'package_install: %d check(s) failed\n' "$failures"
    exit 1
}
say() { printf '==> %s\n' "$*"; }

if [ "${COMMITTEE_SKIP_PACKAGE_TEST:-}" = 1 ]; then
    skip "COMMITTEE_SKIP_PACKAGE_TEST=1"
fi
as_root=()
if [ "$(id -u)" -ne 0 ]; then
    if sudo -n true 2>/dev/null; then
        as_root=(sudo -n)
    else
        skip "installing a package needs root, or sudo without a password"
    fi
fi
for tool in apt-get dpkg-deb dpkg-query cpack; do
    command -v "$tool" >/dev/null || skip "$tool is not available (not a Debian-style system?)"
done
# Never replace, and then remove, a copy the person at this machine installed.
if dpkg-query -W -f='${Status}' committee-desk 2>/dev/null | grep -q "install ok installed"; then
    skip "committee-desk is already installed here; remove it first to run this test"
fi

cleanup() {
    if [ "$installed_by_us" = 1 ]; then
        say "Removing the package left installed by a failed run"
        DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get remove -y -qq committee-desk \
            >/dev/null 2>&1 || true
    fi
    if [ -n "$tmp" ]; then
        rm -rf "$tmp"
    fi
}
trap cleanup EXIT

# --- Build ------------------------------------------------------------------------------
if [ ! -f build/release/CMakeCache.txt ]; then
    say "Configuring the release preset"
    cmake --preset release >/dev/null || stop "cmake --preset release"
fi
# Only what the package holds: the two programs and the compressed manual page. cpack
# installs without building, and the release tests and benchmarks are not in the package.
say "Building the release programs (the first time takes several minutes)"
cmake --build --preset release --target committee-desk committee-desk-cli committee_man_page \
    >build/release/package-build.log 2>&1 ||
    stop "cmake --build --preset release (see build/release/package-build.log)"
rm -f build/release/committee-desk_*.deb
say "Packaging"
cpack --preset release >build/release/package-cpack.log 2>&1 ||
    stop "cpack --preset release (see build/release/package-cpack.log)"
debs=(build/release/committee-desk_*.deb)
[ -f "${debs[0]}" ] || stop "cpack made no committee-desk_*.deb"
deb="$here/${debs[0]}"
pass "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KB)"

# --- Contents and control fields --------------------------------------------------------
contents="$(dpkg-deb -c "$deb" | awk '{print $6}')"
expected=(
    ./usr/bin/committee-desk
    ./usr/bin/committee-desk-cli
    "./usr/share/applications/$app_id.desktop"
    "./usr/share/metainfo/$app_id.metainfo.xml"
    ./usr/share/icons/hicolor/scalable/apps/committee-desk.svg
    ./usr/share/man/man1/committee-desk-cli.1.gz
    ./usr/share/doc/committee-desk/copyright
)
for size in 16 24 32 48 64 128 256; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/committee-desk.png")
done
for path in "${expected[@]}"; do
    if grep -qxF "$path" <<<"$contents"; then
        pass "package contains $path"
    else
        fail "package lacks $path"
    fi
done

depends="$(dpkg-deb -f "$deb" Depends)"
recommends="$(dpkg-deb -f "$deb" Recommends)"
printf '    Depends: %s\n    Recommends: %s\n' "$depends" "$recommends"
check_field() { # field-text what pattern
    if grep -qE "$3" <<<"$1"; then pass "$2"; else fail "$2"; fi
}
check_field "$depends" "Depends names the Qt SQLite driver" '(^|, )libqt6sql6-sqlite'
check_field "$depends" "Depends names the Qt SVG plugins" '(^|, )libqt6svg6'
check_field "$depends" "Depends names the fonts whose text extracts from a PDF" '(^|, )fonts-wqy-microhei, fonts-arphic-uming'
check_field "$depends" "Depends has what dpkg-shlibdeps found" 'libqt6core6 \(>= 6\.[0-9]'
check_field "$recommends" "Recommends Qt's translations" 'qt6-translations-l10n'
dpkg-deb -I "$deb" >/dev/null || fail "dpkg-deb -I cannot read the control data"

# --- Install ----------------------------------------------------------------------------
say "Installing with apt-get"
installed_by_us=1
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "$deb" \
    >build/release/package-install.log 2>&1 ||
    stop "apt-get install $deb (see build/release/package-install.log)"
pass "apt-get install"

# The programs run with settings and data in a scratch folder, never the real user's.
tmp="$(mktemp -d)"
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"

if version="$(/usr/bin/committee-desk-cli --version)" && [ -n "$version" ]; then
    pass "committee-desk-cli --version: $version"
else
    fail "committee-desk-cli --version"
fi
if /usr/bin/committee-desk-cli --db "$tmp/x.db" init >"$tmp/init.log" 2>&1 && [ -s "$tmp/x.db" ]
then
    pass "committee-desk-cli --db x.db init"
else
    fail "committee-desk-cli --db x.db init: $(cat "$tmp/init.log")"
fi
# Without --db: the data folder, here under the scratch XDG_DATA_HOME.
default_db="$XDG_DATA_HOME/CommitteeDesk/committee-desk/committee.db"
if /usr/bin/committee-desk-cli init >"$tmp/init-default.log" 2>&1 && [ -s "$default_db" ]; then
    pass "committee-desk-cli init creates the database in the data folder"
else
    fail "committee-desk-cli init (data folder): $(cat "$tmp/init-default.log")"
fi
QT_QPA_PLATFORM=offscreen timeout 120 /usr/bin/committee-desk --demo --db "$tmp/demo.db" \
    --quit-after 3000 >"$tmp/gui.log" 2>&1
status=$?
if [ "$status" -eq 0 ] && [ -s "$tmp/demo.db" ]; then
    pass "committee-desk --demo opens its window and closes after 3 s"
else
    fail "committee-desk --demo (exit $status): $(cat "$tmp/gui.log")"
fi

# --- Desktop integration ----------------------------------------------------------------
if command -v appstreamcli >/dev/null; then
    if appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" \
        >"$tmp/appstream.log" 2>&1; then
        pass "appstreamcli validate --no-net"
    else
        fail "appstreamcli validate: $(cat "$tmp/appstream.log")"
    fi
else
    fail "appstreamcli is missing (apt-get install appstream; setup.sh test installs it)"
fi
if command -v desktop-file-validate >/dev/null; then
    if desktop-file-validate "/usr/share/applications/$app_id.desktop" >"$tmp/desktop.log" 2>&1
    then
        pass "desktop-file-validate"
    else
        fail "desktop-file-validate: $(cat "$tmp/desktop.log")"
    fi
else
    fail "desktop-file-validate is missing (apt-get install desktop-file-utils)"
fi
if ls /usr/lib/*/qt6/plugins/sqldrivers/libqsqlite.so >/dev/null 2>&1; then
    pass "the Qt SQLite driver came with the package's dependencies"
else
    fail "no Qt SQLite driver after installing"
fi

# --- Remove -----------------------------------------------------------------------------
say "Removing with apt-get"
if DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get remove -y -qq committee-desk \
    >"$tmp/remove.log" 2>&1; then
    installed_by_us=0
    pass "apt-get remove committee-desk"
else
    fail "apt-get remove: $(cat "$tmp/remove.log")"
fi
for program in /usr/bin/committee-desk /usr/bin/committee-desk-cli; do
    if [ -e "$program" ]; then fail "$program is still there"; else pass "$program is gone"; fi
done
for data in "$tmp/x.db" "$tmp/demo.db" "$default_db"; do
    if [ -s "$data" ]; then
        pass "user data $(basename "$data") kept"
    else
        fail "user data $(basename "$data") is gone"
    fi
done

if [ "$failures" -eq 0 ]; then
    printf 'package_install: all checks passed\n'
    exit 0
fi
printf 'package_install: %d check(s) failed\n' "$failures"
exit 1
