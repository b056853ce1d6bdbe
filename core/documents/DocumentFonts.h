#pragma once

#include <QStringList>

namespace committee {

// The font families a document asks for, by role (GB/T 9704: body in 仿宋, title in
// 小标宋, headings in 黑体, page numbers in 宋体).
//
// For PDF and printing only installed families are listed, most wanted first: the Windows
// 仿宋 / 宋体 families where they exist, then the free fallbacks. WenQuanYi Micro Hei comes
// before Noto CJK on purpose: Qt's PDF engine writes a wrong ToUnicode map for Noto CJK
// (民 extracts as the radical ⺠), while WenQuanYi extracts correctly; Noto Serif/Sans CJK
// SC then covers the rare characters WenQuanYi lacks, in Simplified Chinese shapes.
//
// An ODT is opened on the township's Windows PC in WPS or Word, so it names the official
// Windows families whether or not they are installed here.
struct DocumentFonts {
    QStringList body;
    QStringList title;
    QStringList heading;
    QStringList pageNumber;

    static DocumentFonts forPrinting();
    static DocumentFonts forEditing();

    // A CSS font-family value: 'A', 'B', 'C'.
    static QString css(const QStringList &families);
};

} // namespace committee
