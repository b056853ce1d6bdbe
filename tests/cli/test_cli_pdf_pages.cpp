// Every document as the clerk prints it, made by the CLI on a Chinese and on an English
// desktop, then read back from the PDF as poppler sees it: the text is the typed text (no
// CJK radicals in place of 民, 自, 大 …), the page count does not change with the locale,
// and what belongs together stands on one page.
#include "CliRunner.h"
#include "PdfLayout.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QRegularExpression>

#include <algorithm>

namespace {

using testing::PdfPage;

struct Made {
    QString name;
    QList<PdfPage> pages;
};

bool hasRadical(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF) {
            return true;
        }
    }
    return false;
}

// A line that must never stand alone on a page: a signature line, a date, a page number.
bool isLoneLineKind(const QString &line)
{
    static const QRegularExpression date(QStringLiteral("^\\d{4}年\\d{1,2}月\\d{1,2}日$"));
    static const QRegularExpression pageNumber(QStringLiteral("^—\\d+—$"));
    return line.contains(QStringLiteral("签字")) || line.contains(QStringLiteral("盖章")) ||
           date.match(line).hasMatch() || pageNumber.match(line).hasMatch();
}

// The figures printed in each step row of a 四议两公开 page, left to right: every line that
// is a number belongs to the step whose label starts highest above the number's middle.
QHash<QString, QStringList> stepFigures(const PdfPage &page)
{
    static const QStringList steps = {
        QStringLiteral("一、党组织"),   QStringLiteral("二、“两委”"),
        QStringLiteral("三、党员大会"), QStringLiteral("四、居民会议"),
        QStringLiteral("五、决议公开"), QStringLiteral("六、实施结果")};
    static const QRegularExpression number(QStringLiteral("^\\d+$"));
    QHash<QString, QList<testing::PdfLine>> cells;
    for (const testing::PdfLine &line : page) {
        if (!number.match(line.text).hasMatch()) {
            continue;
        }
        const double middle = (line.top + line.bottom) / 2;
        QString row;
        double rowTop = -1;
        for (const QString &step : steps) {
            const testing::PdfLine *label = testing::findLine(page, step);
            if (label && label->top <= middle && label->top > rowTop) {
                row = step;
                rowTop = label->top;
            }
        }
        cells[row].append(line);
    }
    QHash<QString, QStringList> figures;
    for (auto it = cells.begin(); it != cells.end(); ++it) {
        std::sort(it->begin(), it->end(), [](const testing::PdfLine &a, const testing::PdfLine &b) {
            return a.left < b.left;
        });
        for (const testing::PdfLine &line : *it) {
            figures[it.key()].append(line.text);
        }
    }
    return figures;
}

} // namespace

TEST_CASE("Every document reads back as typed on a Chinese and an English desktop, and keeps "
          "together what is signed",
          "[cli][documents][pdf]")
{
    testing::Scratch dir;
    const QString db = dir.path(QStringLiteral("委员会 数据.db"));
    REQUIRE(testing::cli({QStringLiteral("--db"), db, QStringLiteral("demo"),
                          QStringLiteral("--years"), QStringLiteral("2")})
                .exitCode == 0);
    const QString year = QString::number(QDate::currentDate().year() - 1);
    const QString committee =
        testing::firstValue(db, QStringLiteral("SELECT name FROM committee LIMIT 1"));
    REQUIRE_FALSE(committee.isEmpty());
    const QString declined = testing::firstValue(
        db, QStringLiteral("SELECT id FROM dept_request WHERE decision = 'declined' LIMIT 1"));
    const QString disclosure =
        testing::firstValue(db, QStringLiteral("SELECT id FROM disclosure ORDER BY id LIMIT 1"));

    const QStringList quarter = {QStringLiteral("--year"), year, QStringLiteral("--quarter"),
                                 QStringLiteral("2")};
    const QStringList wholeYear = {QStringLiteral("--year"), year};
    QList<QPair<QString, QStringList>> documents = {
        {QStringLiteral("quarterly"),
         QStringList{QStringLiteral("report"), QStringLiteral("quarterly")} + quarter},
        {QStringLiteral("annex"),
         QStringList{QStringLiteral("report"), QStringLiteral("annex")} + quarter},
        {QStringLiteral("decline"),
         {QStringLiteral("notice"), QStringLiteral("decline"), QStringLiteral("--request"),
          declined}},
        {QStringLiteral("disclosure"),
         {QStringLiteral("notice"), QStringLiteral("disclosure"), QStringLiteral("--disclosure"),
          disclosure}},
        {QStringLiteral("commitments"),
         QStringList{QStringLiteral("notice"), QStringLiteral("commitments")} + wholeYear},
    };
    for (const char *book :
         {"committee", "consultation", "supervision", "decisions", "assistance", "outside-list"}) {
        documents.append({QString::fromLatin1(book),
                          QStringList{QStringLiteral("logbook"), QStringLiteral("--book"),
                                      QString::fromLatin1(book)} +
                              wholeYear});
    }

    QHash<QString, Made> made;
    for (const auto &[name, arguments] : documents) {
        QList<PdfPage> byLocale[2];
        for (int chinese = 0; chinese < 2; ++chinese) {
            const QString pdf = dir.path(QStringLiteral("%1-%2.pdf").arg(name).arg(chinese));
            const QStringList args = QStringList{QStringLiteral("--db"), db} + arguments +
                                     QStringList{QStringLiteral("--out"), pdf};
            const testing::CliRun run = chinese ? testing::cliInChinese(args) : testing::cli(args);
            INFO(name.toStdString()
                 << (chinese ? " (zh_CN)" : " (C)") << ": " << run.err.toStdString());
            REQUIRE(run.exitCode == 0);
            byLocale[chinese] = testing::pdfLayout(pdf, chinese ? QStringLiteral("zh_CN.UTF-8")
                                                                : QStringLiteral("C.UTF-8"));
            QString all;
            for (const PdfPage &page : byLocale[chinese]) {
                all += testing::pageText(page);
            }
            CHECK(all.contains(committee));
            CHECK_FALSE(hasRadical(all));
        }
        INFO(name.toStdString());
        CHECK(byLocale[0].size() == byLocale[1].size());
        made.insert(name, Made{name, byLocale[1]});
    }

    for (const Made &doc : made) {
        INFO(doc.name.toStdString());
        for (int p = 0; p < doc.pages.size(); ++p) {
            INFO("page " << p + 1);
            bool onlyLoneKinds = true;
            for (const testing::PdfLine &line : doc.pages[p]) {
                onlyLoneKinds = onlyLoneKinds && isLoneLineKind(line.text);
            }
            CHECK_FALSE(onlyLoneKinds);
        }
    }
    // The official form, and each notice with the demo data, is one page.
    for (const char *one : {"quarterly", "decline", "disclosure", "commitments"}) {
        INFO(one);
        CHECK(made.value(QString::fromLatin1(one)).pages.size() == 1);
    }
    // Every book's cover is its first page, whole.
    for (const char *book : {"committee", "consultation", "supervision", "decisions"}) {
        const QList<PdfPage> &pages = made.value(QString::fromLatin1(book)).pages;
        INFO(book);
        REQUIRE(pages.size() >= 2);
        CHECK(testing::pageText(pages[0]).contains(QStringLiteral("保管人")));
        CHECK_FALSE(testing::pageText(pages[1]).contains(QStringLiteral("保管人")));
    }
    // A meeting's signature places stand on the page of its resolutions.
    for (const char *book : {"committee", "consultation"}) {
        const QList<PdfPage> &pages = made.value(QString::fromLatin1(book)).pages;
        INFO(book);
        int meetings = 0;
        for (int p = 0; p < pages.size(); ++p) {
            const QString text = testing::pageText(pages[p]);
            if (text.contains(QStringLiteral("参会人员签字"))) {
                ++meetings;
                INFO("page " << p + 1);
                CHECK(text.contains(QStringLiteral("决议：")));
                CHECK(text.contains(QStringLiteral("主持人签字")));
            }
        }
        CHECK(meetings > 0);
    }
    // The 四议两公开 record of the demo's year. The demo takes its matter up as an agenda item
    // of the two committees' meeting (votes all present but one for, one abstaining) and of
    // the representatives' meeting (35 expected; one against, two abstaining), and links no
    // meeting to the Party members' assembly, whose minutes are the Party branch's.
    const QString matter = QStringLiteral("%1年集体资产出租方案").arg(year);
    auto present = [&db, &matter](const QString &step) {
        return testing::firstValue(
                   db, QStringLiteral("SELECT m.present FROM meeting m JOIN decision d ON "
                                      "m.id = d.%1_meeting WHERE d.matter = '%2'")
                           .arg(step, matter))
            .toInt();
    };
    const int discussedPresent = present(QStringLiteral("discussed"));
    const int resolvedPresent = present(QStringLiteral("resolved"));
    REQUIRE(discussedPresent > 0);
    REQUIRE(resolvedPresent > 0);
    const QList<PdfPage> &decisions = made.value(QStringLiteral("decisions")).pages;
    int matterPage = -1;
    for (int p = 0; p < decisions.size(); ++p) {
        if (testing::findLine(decisions[p], QStringLiteral("六、实施结果"))) {
            matterPage = p;
        }
    }
    REQUIRE(matterPage >= 0);
    const PdfPage &page = decisions[matterPage];
    INFO("decisions, page " << matterPage + 1);
    CHECK(testing::pageText(page).contains(matter));
    const QHash<QString, QStringList> figures = stepFigures(page);
    CHECK(figures.value(QStringLiteral("二、“两委”")) ==
          QStringList{QStringLiteral("9"), QString::number(discussedPresent),
                      QString::number(discussedPresent - 1), QStringLiteral("0"),
                      QStringLiteral("1")});
    CHECK(figures.value(QStringLiteral("四、居民会议")) ==
          QStringList{QStringLiteral("35"), QString::number(resolvedPresent),
                      QString::number(resolvedPresent - 3), QStringLiteral("1"),
                      QStringLiteral("2")});
    // No meeting, no figure: the cells stay blank to fill in by hand, and the proposal and
    // the disclosures are no meetings at all.
    for (const char *step : {"一、党组织", "三、党员大会", "五、决议公开", "六、实施结果"}) {
        INFO(step);
        CHECK(figures.value(QString::fromUtf8(step)).isEmpty());
    }
    // The supervisory committee's opinion and signatures stand on the page of the last step.
    CHECK(testing::findLine(page, QStringLiteral("居务监督委员会意见")));
    CHECK(testing::findLine(page, QStringLiteral("监督委员会主任（签字）")));
    CHECK(testing::findLine(page, QStringLiteral("经办人（签字）")));
}
