#include "documents/fonts/InstalledFonts.h"

#include <QFontDatabase>
#include <QHash>

#ifdef COMMITTEE_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace committee {

namespace {

// Qt's families, by their case-folded name.
QHash<QString, QString> qtFamilies()
{
    QHash<QString, QString> families;
    for (const QString &family : QFontDatabase::families()) {
        families.insert(family.toCaseFolded(), family);
    }
    return families;
}

#ifdef COMMITTEE_HAVE_FONTCONFIG
QList<InstalledFace> fontconfigFaces()
{
    QList<InstalledFace> faces;
    FcConfig *config = FcConfigGetCurrent();
    FcPattern *pattern = FcNameParse(reinterpret_cast<const FcChar8 *>(":lang=zh-cn"));
    FcObjectSet *objects = FcObjectSetBuild(FC_FAMILY, FC_FILE, FC_INDEX, nullptr);
    FcFontSet *set = pattern && objects ? FcFontList(config, pattern, objects) : nullptr;
    const QHash<QString, QString> known = qtFamilies();
    for (int i = 0; set && i < set->nfont; ++i) {
        FcPattern *font = set->fonts[i];
        InstalledFace face;
        FcChar8 *file = nullptr;
        if (FcPatternGetString(font, FC_FILE, 0, &file) == FcResultMatch) {
            face.file = QString::fromUtf8(reinterpret_cast<const char *>(file));
        }
        FcPatternGetInteger(font, FC_INDEX, 0, &face.index);
        FcChar8 *family = nullptr;
        for (int n = 0; FcPatternGetString(font, FC_FAMILY, n, &family) == FcResultMatch; ++n) {
            const QString name = QString::fromUtf8(reinterpret_cast<const char *>(family));
            face.names << name;
            if (face.qtFamily.isEmpty()) {
                face.qtFamily = known.value(name.toCaseFolded());
            }
        }
        if (!face.qtFamily.isEmpty()) {
            faces << face;
        }
    }
    if (set) {
        FcFontSetDestroy(set);
    }
    if (objects) {
        FcObjectSetDestroy(objects);
    }
    if (pattern) {
        FcPatternDestroy(pattern);
    }
    return faces;
}
#endif

} // namespace

QList<InstalledFace> installedChineseFaces()
{
#ifdef COMMITTEE_HAVE_FONTCONFIG
    if (QList<InstalledFace> found = fontconfigFaces(); !found.isEmpty()) {
        return found;
    }
#endif
    QList<InstalledFace> faces;
    for (const QString &family : QFontDatabase::families(QFontDatabase::SimplifiedChinese)) {
        faces << InstalledFace{.file = {}, .index = 0, .names = {family}, .qtFamily = family};
    }
    return faces;
}

QString installedFamilyNamed(const QList<InstalledFace> &faces, const QString &name)
{
    const QString wanted = name.toCaseFolded();
    for (const InstalledFace &face : faces) {
        for (const QString &faceName : face.names) {
            if (faceName.toCaseFolded() == wanted) {
                return face.qtFamily;
            }
        }
    }
    return {};
}

} // namespace committee
