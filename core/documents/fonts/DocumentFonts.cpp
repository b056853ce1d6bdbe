#include "documents/fonts/DocumentFonts.h"

#include "common/AppSettings.h"
#include "documents/fonts/InstalledFonts.h"
#include "documents/fonts/PdfTextSafety.h"

#include <QHash>
#include <QMutex>

namespace committee {

namespace {

// The official faces, by every name they are installed under: Windows (English and
// Chinese), UOS's CESI fonts, and the 方正/华文 faces office PCs often have.
const QStringList kFangsong = {
    QStringLiteral("FangSong"),        QStringLiteral("仿宋"),
    QStringLiteral("FangSong_GB2312"), QStringLiteral("仿宋_GB2312"),
    QStringLiteral("CESI_FS_GB2312"),  QStringLiteral("CESI仿宋-GB2312"),
    QStringLiteral("CESI_FS_GB18030"), QStringLiteral("CESI仿宋-GB18030"),
    QStringLiteral("FZFangSong-Z02S"), QStringLiteral("方正仿宋简体"),
    QStringLiteral("STFangsong"),      QStringLiteral("华文仿宋")};
const QStringList kSong = {QStringLiteral("SimSun"),          QStringLiteral("宋体"),
                           QStringLiteral("CESI_SS_GB2312"),  QStringLiteral("CESI宋体-GB2312"),
                           QStringLiteral("CESI_SS_GB18030"), QStringLiteral("CESI宋体-GB18030"),
                           QStringLiteral("NSimSun"),         QStringLiteral("新宋体"),
                           QStringLiteral("STSong"),          QStringLiteral("华文宋体")};
const QStringList kXiaobiaosong = {
    QStringLiteral("FZXiaoBiaoSong-B05S"), QStringLiteral("方正小标宋简体"),
    QStringLiteral("FZXiaoBiaoSong-B05"),  QStringLiteral("方正小标宋_GBK"),
    QStringLiteral("CESI_XBS_GB2312"),     QStringLiteral("CESI小标宋-GB2312"),
    QStringLiteral("CESI_XBS_GB18030"),    QStringLiteral("CESI小标宋-GB18030"),
    QStringLiteral("STZhongsong"),         QStringLiteral("华文中宋")};
const QStringList kHei = {QStringLiteral("SimHei"),          QStringLiteral("黑体"),
                          QStringLiteral("CESI_HT_GB2312"),  QStringLiteral("CESI黑体-GB2312"),
                          QStringLiteral("CESI_HT_GB18030"), QStringLiteral("CESI黑体-GB18030"),
                          QStringLiteral("FZHei-B01S"),      QStringLiteral("方正黑体简体"),
                          QStringLiteral("Microsoft YaHei"), QStringLiteral("微软雅黑")};
// Free faces from Debian's packages (fonts-arphic-uming, fonts-wqy-microhei), both of which
// extract correctly. UMing is a 宋体, the nearest free face to 仿宋 and 小标宋.
const QString kUming = QStringLiteral("AR PL UMing CN");
const QString kWqy = QStringLiteral("WenQuanYi Micro Hei");

// Each role described once: its settings key, its name and the standard's face for the
// clerk, the faces that are that face, and what stands in for them, in order.
struct RoleInfo {
    FontRole role;
    const char *key;
    const char *name;         // English source, context committee::DocumentFonts
    const char *officialName; // the same
    QStringList official;
    QStringList fallbacks;
};

const QList<RoleInfo> &roleTable()
{
    static const QList<RoleInfo> table = {
        {FontRole::Body, "body", QT_TRANSLATE_NOOP("committee::DocumentFonts", "Body text"),
         QT_TRANSLATE_NOOP("committee::DocumentFonts", "Fangsong (仿宋)"), kFangsong,
         kSong + QStringList{kUming, kWqy}},
        {FontRole::Title, "title", QT_TRANSLATE_NOOP("committee::DocumentFonts", "Title"),
         QT_TRANSLATE_NOOP("committee::DocumentFonts", "Xiaobiaosong (小标宋)"), kXiaobiaosong,
         kSong + QStringList{kUming, kWqy}},
        {FontRole::Heading,
         "heading",
         QT_TRANSLATE_NOOP("committee::DocumentFonts", "Headings and labels"),
         QT_TRANSLATE_NOOP("committee::DocumentFonts", "Heiti (黑体)"),
         kHei,
         {kWqy, kUming}},
        {FontRole::PageNumber,
         "page-number",
         QT_TRANSLATE_NOOP("committee::DocumentFonts", "Page numbers"),
         QT_TRANSLATE_NOOP("committee::DocumentFonts", "Songti (宋体)"),
         kSong,
         {kUming, kWqy}},
    };
    return table;
}

const RoleInfo &infoOf(FontRole role)
{
    for (const RoleInfo &info : roleTable()) {
        if (info.role == role) {
            return info;
        }
    }
    return roleTable().first();
}

struct FontState {
    QMutex mutex;
    bool scanned = false;
    QList<InstalledFace> faces;
    QHash<QString, bool> safe; // by Qt family
    QHash<FontRole, QString> preferred;
};

FontState &state()
{
    static FontState s;
    return s;
}

// Call with the mutex held.
void scanOnce(FontState &s)
{
    if (!s.scanned) {
        s.faces = installedChineseFaces();
        s.scanned = true;
    }
}

bool isSafe(FontState &s, const QString &family)
{
    auto it = s.safe.constFind(family);
    if (it == s.safe.constEnd()) {
        it = s.safe.insert(family, extractsCorrectlyFromPdf(family));
    }
    return it.value();
}

QStringList chosen(FontState &s, FontRole role)
{
    QStringList families;
    auto add = [&](const QString &name) {
        const QString family = installedFamilyNamed(s.faces, name);
        if (!family.isEmpty() && !families.contains(family) && isSafe(s, family)) {
            families << family;
        }
    };
    const QString own = s.preferred.value(role);
    if (!own.isEmpty()) {
        add(own);
    }
    const RoleInfo &info = infoOf(role);
    for (const QString &name : info.official + info.fallbacks) {
        add(name);
    }
    if (families.isEmpty()) {
        // No safe face at all: any Chinese face, so the page shows characters rather than
        // boxes. Its text may not extract; 设置 → 文档字体 says so.
        for (const InstalledFace &face : s.faces) {
            families << face.qtFamily;
            break;
        }
    }
    return families;
}

} // namespace

DocumentFonts DocumentFonts::forPrinting()
{
    FontState &s = state();
    QMutexLocker lock(&s.mutex);
    scanOnce(s);
    DocumentFonts fonts;
    fonts.body = chosen(s, FontRole::Body);
    fonts.title = chosen(s, FontRole::Title);
    fonts.heading = chosen(s, FontRole::Heading);
    fonts.pageNumber = chosen(s, FontRole::PageNumber);
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

const QStringList &DocumentFonts::families(FontRole role) const
{
    switch (role) {
    case FontRole::Title:
        return title;
    case FontRole::Heading:
        return heading;
    case FontRole::PageNumber:
        return pageNumber;
    case FontRole::Body:
        break;
    }
    return body;
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

QList<FontRole> DocumentFonts::roles()
{
    QList<FontRole> roles;
    for (const RoleInfo &info : roleTable()) {
        roles << info.role;
    }
    return roles;
}

QString DocumentFonts::roleKey(FontRole role)
{
    return QString::fromLatin1(infoOf(role).key);
}

QString DocumentFonts::roleName(FontRole role)
{
    return tr(infoOf(role).name);
}

QString DocumentFonts::officialFaceName(FontRole role)
{
    return tr(infoOf(role).officialName);
}

bool DocumentFonts::isOfficial(FontRole role, const QString &family)
{
    FontState &s = state();
    QMutexLocker lock(&s.mutex);
    scanOnce(s);
    for (const QString &name : infoOf(role).official) {
        if (installedFamilyNamed(s.faces, name) == family) {
            return true;
        }
    }
    return false;
}

QStringList DocumentFonts::choosable()
{
    FontState &s = state();
    QMutexLocker lock(&s.mutex);
    scanOnce(s);
    QStringList families;
    for (const InstalledFace &face : s.faces) {
        if (!families.contains(face.qtFamily) && isSafe(s, face.qtFamily)) {
            families << face.qtFamily;
        }
    }
    families.sort();
    return families;
}

void DocumentFonts::setPreferred(FontRole role, const QString &family)
{
    FontState &s = state();
    QMutexLocker lock(&s.mutex);
    s.preferred.insert(role, family);
}

QString DocumentFonts::preferred(FontRole role)
{
    FontState &s = state();
    QMutexLocker lock(&s.mutex);
    return s.preferred.value(role);
}

void DocumentFonts::usePreferences(const AppSettings &settings)
{
    for (FontRole role : roles()) {
        setPreferred(role, settings.documentFont(roleKey(role)));
    }
}

} // namespace committee
