#include "documents/DocumentFonts.h"

#include <QFontDatabase>
#include <QSet>

namespace committee {

namespace {

const QStringList kFangsong = {QStringLiteral("FangSong"),    QStringLiteral("仿宋"),
                               QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong_GB2312"),
                               QStringLiteral("STFangsong"),  QStringLiteral("华文仿宋")};
const QStringList kSong = {QStringLiteral("SimSun"), QStringLiteral("宋体"),
                           QStringLiteral("NSimSun"), QStringLiteral("STSong"),
                           QStringLiteral("华文宋体")};
const QStringList kXiaobiaosong = {
    QStringLiteral("方正小标宋简体"), QStringLiteral("FZXiaoBiaoSong-B05S"),
    QStringLiteral("方正小标宋_GBK"), QStringLiteral("STZhongsong"), QStringLiteral("华文中宋")};
const QStringList kHei = {QStringLiteral("SimHei"), QStringLiteral("黑体"),
                          QStringLiteral("Microsoft YaHei")};
// Free families, in the order that keeps text extraction right (see the header).
const QString kWqy = QStringLiteral("WenQuanYi Micro Hei");
const QString kNotoSerif = QStringLiteral("Noto Serif CJK SC");
const QString kNotoSans = QStringLiteral("Noto Sans CJK SC");

QStringList installedOf(const QStringList &wanted, const QSet<QString> &installed)
{
    QStringList found;
    for (const QString &family : wanted) {
        if (installed.contains(family.toCaseFolded())) {
            found << family;
        }
    }
    return found;
}

QStringList withFallbacks(QStringList families, const QSet<QString> &installed,
                          const QStringList &free)
{
    families += installedOf(free, installed);
    if (families.isEmpty()) {
        // No known Chinese family at all: take any that covers Simplified Chinese, so the
        // page shows characters rather than boxes.
        const QStringList any = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
        if (!any.isEmpty()) {
            families << any.first();
        }
    }
    // Always end with the free names, so a PDF made where they appear later still finds them.
    for (const QString &family : free) {
        if (!families.contains(family)) {
            families << family;
        }
    }
    return families;
}

} // namespace

DocumentFonts DocumentFonts::forPrinting()
{
    QSet<QString> installed;
    for (const QString &family : QFontDatabase::families()) {
        installed.insert(family.toCaseFolded());
    }
    const QStringList serifFallbacks = {kWqy, kNotoSerif, kNotoSans};
    const QStringList sansFallbacks = {kWqy, kNotoSans, kNotoSerif};
    DocumentFonts fonts;
    fonts.body =
        withFallbacks(installedOf(kFangsong + kSong, installed), installed, serifFallbacks);
    fonts.title =
        withFallbacks(installedOf(kXiaobiaosong + kSong, installed), installed, serifFallbacks);
    fonts.heading = withFallbacks(installedOf(kHei, installed), installed, sansFallbacks);
    fonts.pageNumber = withFallbacks(installedOf(kSong, installed), installed, serifFallbacks);
    return fonts;
}

DocumentFonts DocumentFonts::forEditing()
{
    // WPS and Word know these names; LibreOffice substitutes where they are missing.
    DocumentFonts fonts;
    fonts.body = {QStringLiteral("仿宋"), QStringLiteral("FangSong")};
    fonts.title = {QStringLiteral("方正小标宋简体"), QStringLiteral("宋体")};
    fonts.heading = {QStringLiteral("黑体"), QStringLiteral("SimHei")};
    fonts.pageNumber = {QStringLiteral("宋体"), QStringLiteral("SimSun")};
    return fonts;
}

QString DocumentFonts::css(const QStringList &families)
{
    QStringList quoted;
    for (QString family : families) {
        family.remove(QLatin1Char('\''));
        quoted << QStringLiteral("'%1'").arg(family);
    }
    return quoted.join(QStringLiteral(", "));
}

} // namespace committee
