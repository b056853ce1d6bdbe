#include "documents/fonts/PdfTextSafety.h"

#include <QFont>
#include <QFontDatabase>
#include <QRawFont>
#include <QSet>

namespace committee {

namespace {

// Code points from `first` to `last`, inclusive, as one string (all in the BMP).
QString range(char16_t first, char16_t last)
{
    QString text;
    text.reserve(last - first + 1);
    for (char32_t code = first; code <= last; ++code) {
        text.append(QChar(char16_t(code)));
    }
    return text;
}

} // namespace

bool extractsCorrectlyFromPdf(const QString &family)
{
    QFont font(family);
    font.setStyleStrategy(QFont::NoFontMerging);
    const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::SimplifiedChinese);
    if (!raw.isValid() || !raw.supportsCharacter(QChar(u'民'))) {
        return false;
    }
    // The radicals, CJK symbols, kana, Bopomofo and Extension A: every block from the
    // radicals up to the unified ideographs, which the reverse map would prefer.
    QSet<quint32> lowerGlyphs;
    for (quint32 glyph : raw.glyphIndexesForString(range(u'\u2E80', u'\u4DFF'))) {
        if (glyph != 0) {
            lowerGlyphs.insert(glyph);
        }
    }
    for (quint32 glyph : raw.glyphIndexesForString(range(u'\u4E00', u'\u9FFF'))) {
        if (glyph != 0 && lowerGlyphs.contains(glyph)) {
            return false;
        }
    }
    return true;
}

} // namespace committee
