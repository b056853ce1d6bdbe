#pragma once

#include <QString>

namespace committee {

// Whether text set in `family` reads back from a PDF written by Qt as the characters that
// were typed.
//
// Why a font can fail: Qt's PDF engine writes each embedded glyph's text (the ToUnicode
// map) as the *lowest* code point that the font's cmap maps to that glyph
// (QFontSubset::getReverseMap walks U+0000..U+FFFF and keeps the first). Fonts such as
// Noto CJK draw 民 (U+6C11) and the radical ⺠ (U+2EA0) with one glyph, so 民 extracts as
// ⺠ and a search for 居民 finds nothing. A face is safe when no unified ideograph
// (U+4E00..U+9FFF) shares its glyph with a code point below U+4E00, and it has Chinese
// glyphs at all.
bool extractsCorrectlyFromPdf(const QString &family);

} // namespace committee
