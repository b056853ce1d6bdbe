// The fonts of the printed documents: chosen under any of their names, and only where their
// text reads back from the PDF as it was typed. Each check on a font is proved against what
// poppler extracts from a PDF Qt wrote with it.
#include "test_documents_support.h"

#include "common/AppSettings.h"
#include "documents/fonts/DocumentFonts.h"
#include "documents/fonts/InstalledFonts.h"
#include "documents/fonts/PdfTextSafety.h"

#include <catch2/catch.hpp>

#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>

using namespace committee;
using documents_test::pdfText;
using documents_test::withoutSpaces;

namespace {

// Words whose characters Noto CJK draws with the glyph of a radical (民 ⺠, 自 ⾃, 大 ⼤,
// 门 ⻔, 青 ⻘, 生 ⽣).
const QString kWords = QStringLiteral("居民自治部门大青生");

// The text poppler reads from a PDF in which `family` wrote kWords.
QString writtenAndRead(const QString &family, const QString &path)
{
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        QPainter painter(&writer);
        QFont font(family);
        font.setStyleStrategy(QFont::NoFontMerging);
        font.setPointSize(16);
        painter.setFont(font);
        painter.drawText(QPointF(100, 300), kWords);
    }
    return withoutSpaces(pdfText(path));
}

} // namespace

TEST_CASE("Every face the documents may embed reads back from the PDF as typed",
          "[documents][fonts]")
{
    testing::Scratch dir;
    const DocumentFonts fonts = DocumentFonts::forPrinting();
    QStringList embedded;
    for (FontRole role : DocumentFonts::roles()) {
        INFO(DocumentFonts::roleKey(role).toStdString());
        REQUIRE_FALSE(fonts.families(role).isEmpty());
        for (const QString &family : fonts.families(role)) {
            if (!embedded.contains(family)) {
                embedded << family;
            }
        }
    }
    for (const QString &family : DocumentFonts::choosable()) {
        if (!embedded.contains(family)) {
            embedded << family;
        }
    }
    int n = 0;
    for (const QString &family : embedded) {
        INFO(family.toStdString());
        CHECK(extractsCorrectlyFromPdf(family));
        CHECK(writtenAndRead(family, dir.path(QStringLiteral("f%1.pdf").arg(++n))) == kWords);
    }
}

TEST_CASE("A face whose radicals share the ideographs' glyphs is never chosen",
          "[documents][fonts]")
{
    // Debian's fonts-noto-cjk, installed with the app's build packages: the face that broke
    // every search in the PDFs on a Chinese desktop.
    const QString noto =
        installedFamilyNamed(installedChineseFaces(), QStringLiteral("Noto Serif CJK SC"));
    INFO("installer/setup.sh installs fonts-noto-cjk");
    REQUIRE_FALSE(noto.isEmpty());
    testing::Scratch dir;
    // The check says what poppler then shows: 民 comes back as the radical ⺠.
    CHECK_FALSE(extractsCorrectlyFromPdf(noto));
    const QString read = writtenAndRead(noto, dir.path(QStringLiteral("noto.pdf")));
    CHECK(read != kWords);
    CHECK(read.contains(QChar(0x2EA0)));
    const DocumentFonts fonts = DocumentFonts::forPrinting();
    for (FontRole role : DocumentFonts::roles()) {
        CHECK_FALSE(fonts.families(role).contains(noto));
    }
    CHECK_FALSE(DocumentFonts::choosable().contains(noto));
}

TEST_CASE("A face is found by any of its names, in any case", "[documents][fonts]")
{
    // fonts-wqy-microhei: Qt lists it as 文泉驿微米黑 under LANG=zh_CN.UTF-8 and by its English
    // name elsewhere; the CLI test of every document checks the PDFs on a Chinese desktop.
    const QList<InstalledFace> faces = installedChineseFaces();
    const QString byEnglish = installedFamilyNamed(faces, QStringLiteral("WenQuanYi Micro Hei"));
    INFO("installer/setup.sh installs fonts-wqy-microhei");
    REQUIRE_FALSE(byEnglish.isEmpty());
    CHECK(QFontDatabase::families().contains(byEnglish));
    CHECK(installedFamilyNamed(faces, QStringLiteral("wenquanyi micro hei")) == byEnglish);
    CHECK(installedFamilyNamed(faces, QStringLiteral("文泉驿微米黑")) == byEnglish);
    CHECK(installedFamilyNamed(faces, QStringLiteral("No Such Face")).isEmpty());
}

TEST_CASE("The clerk's font comes first, and only when it is safe", "[documents][fonts]")
{
    const QStringList choosable = DocumentFonts::choosable();
    REQUIRE_FALSE(choosable.isEmpty());
    testing::Scratch dir;
    AppSettings settings(dir.path(QStringLiteral("settings.ini")));
    const QString own = choosable.last();
    settings.setDocumentFont(DocumentFonts::roleKey(FontRole::Body), own);
    DocumentFonts::usePreferences(settings);
    CHECK(DocumentFonts::forPrinting().body.first() == own);
    // A face that is not installed is passed over.
    DocumentFonts::setPreferred(FontRole::Body, QStringLiteral("No Such Face"));
    CHECK_FALSE(DocumentFonts::forPrinting().body.contains(QStringLiteral("No Such Face")));
    settings.setDocumentFont(DocumentFonts::roleKey(FontRole::Body), QString());
    DocumentFonts::usePreferences(settings);
    CHECK(DocumentFonts::preferred(FontRole::Body).isEmpty());
}
