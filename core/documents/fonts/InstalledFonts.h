#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace committee {

// One installed font face with Chinese glyphs, known by all of its names.
struct InstalledFace {
    QString file;
    int index = 0;     // the face inside a .ttc collection
    QStringList names; // every family name the file carries, in every language
    QString qtFamily;  // the one of those names Qt's font database lists it under
};

// The faces installed on this system that cover Simplified Chinese.
//
// Why not QFontDatabase::families(): on a Chinese desktop it lists a face under the name
// of the desktop's language only (文泉驿微米黑, not WenQuanYi Micro Hei), so a face looked
// up by its English name was "not installed" under LANG=zh_CN.UTF-8 and another face was
// embedded instead. fontconfig reports every name a face carries; where there is no
// fontconfig (Windows), Qt's own list is used, whose fonts answer to both names.
QList<InstalledFace> installedChineseFaces();

// The Qt family name of the installed face that carries `name` (any language, any case),
// or an empty string.
QString installedFamilyNamed(const QList<InstalledFace> &faces, const QString &name);

} // namespace committee
