#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace committee {

class AppSettings;

// The four kinds of text a document sets, each in its own face (GB/T 9704: body in 仿宋,
// title in 小标宋, headings in 黑体, page numbers in 宋体).
enum class FontRole { Body, Title, Heading, PageNumber };

// The font families a document asks for, by role, most wanted first.
//
// For PDF and printing, a family is listed only when it is installed (found under any of
// its names, see InstalledFonts.h) and its text reads back from the PDF unchanged (see
// PdfTextSafety.h): the official Windows, UOS (CESI) and Kylin families first, then the
// free ones from Debian's packages, AR PL UMing (a 宋体) and WenQuanYi Micro Hei (a 黑体).
// Noto CJK, Debian's default, is never chosen for a PDF: its radicals share glyphs with
// the ideographs and 民 would extract as ⺠.
//
// An ODT is opened on the township's Windows PC in WPS or Word, so it names the official
// Windows families whether or not they are installed here.
struct DocumentFonts {
    Q_DECLARE_TR_FUNCTIONS(committee::DocumentFonts)
public:
    QStringList body;
    QStringList title;
    QStringList heading;
    QStringList pageNumber;

    static DocumentFonts forPrinting();
    static DocumentFonts forEditing();

    const QStringList &families(FontRole role) const;

    // A CSS font-family value: 'A', 'B', 'C'.
    static QString css(const QStringList &families);

    // --- For 设置 → 文档字体 ---
    static QList<FontRole> roles();
    static QString roleKey(FontRole role);  // stable: body, title, heading, page-number
    static QString roleName(FontRole role); // translated
    // The face the standard asks for, in words (translated), e.g. "仿宋 (FangSong)".
    static QString officialFaceName(FontRole role);
    // Whether `family` is one of the faces the standard asks for in `role`.
    static bool isOfficial(FontRole role, const QString &family);
    // Every installed family a clerk may choose for a role: Chinese, and safe in a PDF.
    static QStringList choosable();
    // The clerk's own choice for a role, put before the automatic ones; empty for none.
    // Process-wide: the app sets it from its settings at start and when they change.
    static void setPreferred(FontRole role, const QString &family);
    static QString preferred(FontRole role);
    // Takes the clerk's choices from the settings (GUI and CLI at start).
    static void usePreferences(const AppSettings &settings);
};

} // namespace committee
