#!/bin/sh
# Starts one of Committee Desk's programs from the self-contained package
# (/opt/apps/<appid>/files/bin/<program>). The program itself is files/libexec/<program>;
# it runs on the package's own dynamic loader and C library (its ELF interpreter points
# there), so nothing here touches LD_LIBRARY_PATH.
#
# What this script is for: a UOS or Kylin session sets Qt 5 variables for the system's own
# programs (QT_QPA_PLATFORMTHEME=deepin or ukui, QT_STYLE_OVERRIDE, QT_PLUGIN_PATH, and
# sometimes LD_LIBRARY_PATH or LD_PRELOAD). Our Qt 6 cannot use any of them, and a host
# library preloaded into our process would meet a C library it was not built for.
# POSIX sh, because /bin/sh is the one shell every target system has (dash on UOS).

self="$(readlink -f "$0")"
files="$(dirname "$(dirname "$self")")"
program="$(basename "$self")"

# The host's Qt 5 plugin folders and platform themes would either be rejected by our Qt 6
# with a warning or, worse, replace our plugins. Ours are found through libexec/qt.conf
# rather than QT_PLUGIN_PATH, which would be inherited by the programs the app starts (the
# host's PDF viewer, file manager) and send their Qt 5 to our Qt 6 plugins.
unset QT_PLUGIN_PATH QT_QPA_PLATFORM_PLUGIN_PATH QT_QPA_PLATFORMTHEME QT_STYLE_OVERRIDE
unset QT_QUICK_CONTROLS_STYLE QML2_IMPORT_PATH QML_IMPORT_PATH
# Libraries from the host must not be put before the package's own: they were built for the
# host's older C library. (DT_RPATH already wins over LD_LIBRARY_PATH; LD_PRELOAD would not.)
unset LD_LIBRARY_PATH LD_PRELOAD

# A platform plugin the package does not carry (deepin's dxcb, for one) would stop Qt
# before the window opens; without the variable Qt picks xcb, or wayland in a Wayland
# session (XDG_SESSION_TYPE).
case "${QT_QPA_PLATFORM:-}" in
"" | xcb* | wayland* | offscreen* | minimal*) ;;
*) unset QT_QPA_PLATFORM ;;
esac
# The window is drawn with the CPU (Qt Widgets). Without this Qt's xcb plugin loads the
# GLX integration, which would load the host's Mesa driver into a process with a newer
# C library than the driver was built for.
export QT_XCB_GL_INTEGRATION="${QT_XCB_GL_INTEGRATION:-none}"
# fontconfig reads the host's /etc/fonts, so the clerk's fonts are found; a system without
# it (a bare container) gets the package's minimal configuration instead of no fonts.
if [ ! -e /etc/fonts/fonts.conf ] && [ -z "${FONTCONFIG_FILE:-}" ]; then
    export FONTCONFIG_FILE="$files/etc/fonts/fonts.conf"
fi

exec "$files/libexec/$program" "$@"
