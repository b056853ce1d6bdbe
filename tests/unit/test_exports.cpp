// The workbook and the editable document: dates that are dates, a title on every sheet, and
// a table of contents the office program numbers.
#include "test_documents_support.h"

#include "documents/CellDate.h"
#include "documents/DocumentExport.h"
#include "documents/ZipArchive.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace committee;
using namespace documents_test;

TEST_CASE("A cell is a date only when its whole text is one real date", "[documents][xlsx]")
{
    auto date = [](const char *text) {
        return CellDate::parse(QString::fromUtf8(text));
    };
    REQUIRE(date("2025.1.3"));
    CHECK(date("2025.1.3")->date == QDate(2025, 1, 3));
    CHECK(QByteArray(date("2025.1.3")->numberFormat) == "yyyy.m.d");
    REQUIRE(date("2024年12月31日"));
    CHECK(date("2024年12月31日")->date == QDate(2024, 12, 31));
    CHECK(QByteArray(date("2024年12月31日")->numberFormat) == "yyyy\"年\"m\"月\"d\"日\"");
    REQUIRE(date("2025-01-03"));
    CHECK(date("2025-01-03")->date == QDate(2025, 1, 3));
    CHECK(QByteArray(date("2025-01-03")->numberFormat) == "yyyy-mm-dd");
    REQUIRE(date("2024.2.29")); // a leap day
    CHECK(date("2024.2.29")->date == QDate(2024, 2, 29));

    CHECK_FALSE(date("2025.13.3"));          // no 13th month
    CHECK_FALSE(date("2023.2.29"));          // not a leap year
    CHECK_FALSE(date("2025年2月30日"));      // no such day
    CHECK_FALSE(date("电话 2025.1.3"));      // a date in a sentence
    CHECK_FALSE(date("2025.1.3 14:00"));     // a date and a time
    CHECK_FALSE(date(" 2025.1.3"));          // not the whole cell
    CHECK_FALSE(date("023-67001234"));       // a phone number
    CHECK_FALSE(date("13800138000"));        // a mobile number
    CHECK_FALSE(date("500112199001011234")); // an id number
    CHECK_FALSE(date("2025-1-3"));           // ISO has two digits
    CHECK_FALSE(date("1899.12.31"));         // before Excel's first day
    CHECK_FALSE(date("2025"));
    CHECK_FALSE(date(""));
}

TEST_CASE("Every sheet of a register opens with its title and committee, and dates are dates",
          "[documents][xlsx]")
{
    testing::Scratch dir;
    auto db = knownCommittee(dir.path(QStringLiteral("x.db")));
    DocumentRequest year;
    year.year = 2024;
    const QString path = dir.path(QStringLiteral("assistance.xlsx"));
    REQUIRE_OK(DocumentExport::save(*db, QStringLiteral("logbook-assistance"), year, path));
    keep(path);
    QHash<QString, XlsxCell> cells;
    QStringList sheets;
    for (const XlsxCell &cell : xlsxCellList(path)) {
        cells.insert(cell.sheet + QLatin1Char('!') + cell.reference, cell);
        if (!sheets.contains(cell.sheet)) {
            sheets << cell.sheet;
        }
    }
    REQUIRE(sheets == QStringList{QStringLiteral("一、协助工作登记"),
                                  QStringLiteral("二、按协助事项汇总"),
                                  QStringLiteral("三、按提出部门汇总")});
    for (const QString &sheet : sheets) {
        INFO(sheet.toStdString());
        CHECK(cells.value(sheet + QStringLiteral("!A1")).value ==
              QStringLiteral("协助政府工作台账"));
        CHECK(cells.value(sheet + QStringLiteral("!A2")).value ==
              QStringLiteral("桂花湾社区居民委员会　2024年度"));
    }
    // The first entry's date (printed 2024.1.8) is a number shown as it was printed.
    const QString entries = sheets.first();
    CHECK(cells.value(entries + QStringLiteral("!B5")).value == QStringLiteral("日期"));
    const XlsxCell date = cells.value(entries + QStringLiteral("!B6"));
    CHECK(date.type.isEmpty());
    CHECK(date.value == QStringLiteral("45299"));
    CHECK(date.numberFormat == QStringLiteral("yyyy.m.d"));
    CHECK(date.date() == QDate(2024, 1, 8));
    // The minutes stay a number without a date format; the department stays text.
    CHECK(cells.value(entries + QStringLiteral("!G6")).value == QStringLiteral("90"));
    CHECK(cells.value(entries + QStringLiteral("!G6")).numberFormat.isEmpty());
    CHECK(cells.value(entries + QStringLiteral("!E6")).type == QStringLiteral("s"));

    // The header row under the title rows repeats on each printed page.
    auto book = ZipArchive::read(testing::fileBytes(path), QStringLiteral("xl/workbook.xml"));
    REQUIRE_OK(book);
    CHECK(QString::fromUtf8(book.value()).contains(QStringLiteral("'一、协助工作登记'!$5:$5")));
}

TEST_CASE("A book's ODT has a table of contents whose page numbers point at its pages",
          "[documents][odt]")
{
    testing::Scratch dir;
    auto db = knownCommittee(dir.path(QStringLiteral("o.db")));
    const Ids ids = knownIds(*db);
    DocumentRequest year;
    year.year = 2024;
    const QString odt = dir.path(QStringLiteral("book.odt"));
    REQUIRE_OK(DocumentExport::save(*db, QStringLiteral("logbook-committee"), year, odt));
    keep(odt);
    auto bytes = ZipArchive::read(testing::fileBytes(odt), QStringLiteral("content.xml"));
    REQUIRE_OK(bytes);
    const QString content = QString::fromUtf8(bytes.value());
    const qsizetype index = content.indexOf(QStringLiteral("<text:table-of-content "));
    REQUIRE(index >= 0);
    CHECK(content.count(QStringLiteral("<text:table-of-content ")) == 1);
    const QString body =
        content.mid(index, content.indexOf(QStringLiteral("</text:index-body>")) - index);
    // Made again from the index marks when the clerk updates it, on two levels.
    CHECK(body.contains(QStringLiteral("text:use-index-marks=\"true\"")));
    CHECK(body.contains(QStringLiteral("<text:index-entry-page-number/>")));
    // A section and a meeting in it, each linked to its anchor with a page reference to it.
    const QString meeting = QStringLiteral("m-%1").arg(ids.representativesMeeting);
    CHECK(body.contains(QStringLiteral("<text:p text:style-name=\"Contents_20_1\"><text:a "
                                       "xlink:type=\"simple\" xlink:href=\"#sec-2\"")));
    CHECK(
        body.contains(QStringLiteral(">二、居民代表会议<text:tab/><text:bookmark-ref "
                                     "text:reference-format=\"page\" text:ref-name=\"sec-2\"/>")));
    CHECK(body.contains(QStringLiteral("<text:p text:style-name=\"Contents_20_2\"><text:a "
                                       "xlink:type=\"simple\" xlink:href=\"#%1\"")
                            .arg(meeting)));
    CHECK(body.contains(QStringLiteral(">第1次居民代表会议（2024年2月10日）<text:tab/>"
                                       "<text:bookmark-ref text:reference-format=\"page\" "
                                       "text:ref-name=\"%1\"/>")
                            .arg(meeting)));
    // Every entry's anchor is a bookmark with an index mark at its heading, after the index.
    const QRegularExpression reference(QStringLiteral("text:ref-name=\"([^\"]+)\""));
    int entries = 0;
    for (const QRegularExpressionMatch &m : reference.globalMatch(body)) {
        INFO(m.captured(1).toStdString());
        CHECK(content.indexOf(QStringLiteral("<text:bookmark text:name=\"%1\"/><text:toc-mark")
                                  .arg(m.captured(1))) > index);
        ++entries;
    }
    CHECK(entries == content.count(QStringLiteral("<text:toc-mark ")));
    CHECK(entries >= 7);
    CHECK(content.contains(QStringLiteral("<text:toc-mark text:string-value=\"二、居民代表会议\" "
                                          "text:outline-level=\"1\"/>")));
    // The PDF's table of contents is gone, and none of the marks that found it are left.
    CHECK_FALSE(content.contains(QStringLiteral("[[page:")));
    CHECK_FALSE(content.contains(QChar(0xE000)));
    CHECK_FALSE(content.contains(QChar(0xE002)));
    auto styles = ZipArchive::read(testing::fileBytes(odt), QStringLiteral("styles.xml"));
    REQUIRE_OK(styles);
    CHECK(
        QString::fromUtf8(styles.value()).contains(QStringLiteral("style:name=\"Contents_20_2\"")));
}
