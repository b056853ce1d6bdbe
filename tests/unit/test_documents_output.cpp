// The documents as files: PDF (checked with pdftotext, pdffonts and pdfinfo), the filled
// HTML and the XLSX cells against golden files, and the ODT's added parts.
#include "test_documents_support.h"

#include "PdfLayout.h"

#include "documents/DocumentExport.h"
#include "documents/DocumentRenderer.h"
#include "documents/Documents.h"
#include "documents/quarterly/MeasureEvidence.h"
#include "documents/quarterly/QuarterlySheets.h"
#include "ledger/LedgerTypes.h"
#include "records/RecordRepository.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QPdfWriter>
#include <QRegularExpression>

using namespace committee;
using namespace documents_test;

namespace {

// pdffonts lists each font on a line; the "emb" column must say yes for every one.
void checkFontsEmbedded(const QString &pdf)
{
    const QStringList lines =
        runTool(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 2);
    for (const QString &line : lines.mid(2)) {
        INFO(line.toStdString());
        const QStringList columns = line.split(QRegularExpression(QStringLiteral("\\s+")));
        // name type [type…] encoding emb sub uni object ID: emb is the 5th from the end.
        REQUIRE(columns.size() >= 7);
        CHECK(columns.at(columns.size() - 5) == QStringLiteral("yes"));
    }
}

} // namespace

TEST_CASE("The quarterly sheet as PDF: labels extract as text, fonts embedded, A4 pages",
          "[documents][pdf]")
{
    testing::Scratch dir;
    auto db = knownCommittee(dir.path(QStringLiteral("q.db")));
    saveKnownSheet(*db);
    const QString pdf = dir.path(QStringLiteral("办理情况表.pdf"));
    REQUIRE_OK(DocumentExport::save(*db, QStringLiteral("quarterly"), quarter2024Q1(), pdf));
    keep(pdf);

    const QString text = withoutSpaces(pdfText(pdf));
    for (const char *label :
         {"附件2", "健全党组织领导的基层群众自治机制2023年重点任务清单办理情况表", "镇街",
          "填报时间", "进展情况", "存在问题及下步打算", "进展状态", "联系人", "联系电话",
          "青枫街道", "桂花湾社区居民委员会", "2024年3月28日", "正常推进", "王秀英", "023-67001234",
          "本季度召开居民代表会议1次、协商会议2次；开展居务公开1次。", "2024年第一季度", "—1—"}) {
        INFO(label);
        CHECK(text.contains(QString::fromUtf8(label)));
    }
    // The radicals Qt writes for Noto CJK instead of 民, 日, 月 would break a search.
    for (const QChar radical : {QChar(0x2EA0), QChar(0x2F47), QChar(0x2F49)}) {
        CHECK_FALSE(text.contains(radical));
    }
    checkFontsEmbedded(pdf);
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.contains(QStringLiteral("595 x 842 pts (A4)")));
    CHECK(info.contains(
        QStringLiteral("健全党组织领导的基层群众自治机制2023年重点任务清单办理情况表")));
    // The official form is one page; the annex of the 25 measures is a document of its own.
    CHECK(pdfPages(pdf) == 1);
    CHECK_FALSE(text.contains(QStringLiteral("附：")));

    const QString annex = dir.path(QStringLiteral("具体措施.pdf"));
    REQUIRE_OK(
        DocumentExport::save(*db, QStringLiteral("quarterly-annex"), quarter2024Q1(), annex));
    keep(annex);
    const QString annexText = withoutSpaces(pdfText(annex));
    CHECK(annexText.contains(QStringLiteral("附：2024年第一季度重点任务具体措施办理情况")));
    CHECK(annexText.contains(QStringLiteral("按“四议两公开”推进重大事项1件")));
    CHECK(annexText.contains(withoutSpaces(MeasureEvidence::statusRule())));
    // The header row repeats on its second page, and no line shows up twice.
    REQUIRE(pdfPages(annex) >= 2);
    const QString second = withoutSpaces(pdfText(annex, 2));
    CHECK(second.startsWith(QStringLiteral("序号")));
    for (const char *heading : {"具体措施", "本季度台账记录", "参考状态"}) {
        CHECK(second.contains(QString::fromUtf8(heading)));
    }
    CHECK(annexText.count(QStringLiteral("开展优秀村规民约和居民公约评选工作")) <= 1);
}

TEST_CASE("附件2 is one page whose boxes are as tall empty as full", "[documents][pdf]")
{
    testing::Scratch dir;
    auto db = knownCommittee(dir.path(QStringLiteral("b.db")));
    saveKnownSheet(*db);
    QuarterlySheets sheets(*db);
    // Where each row of the form begins: the top of its label's line.
    auto rowTops = [&](const QString &progress, const QString &problems, const QString &name) {
        Record sheet = sheets.find(2024, 1)->value();
        sheet.values.insert(QStringLiteral("progress"), progress);
        sheet.values.insert(QStringLiteral("problems"), problems);
        REQUIRE_OK(sheets.save(sheet));
        const QString pdf = dir.path(name);
        REQUIRE_OK(DocumentExport::save(*db, QStringLiteral("quarterly"), quarter2024Q1(), pdf));
        keep(pdf);
        const QList<testing::PdfPage> pages = testing::pdfLayout(pdf);
        REQUIRE(pages.size() == 1);
        QList<double> tops;
        for (const char *label : {"存在问题及", "进展状态", "联系人"}) {
            const testing::PdfLine *line = testing::findLine(pages[0], QString::fromUtf8(label));
            REQUIRE(line);
            tops << line->top;
        }
        return tops;
    };
    // The 300 characters the form allows, as the clerk may write them.
    const QString full = QStringLiteral("一是召开居民代表会议和协商会议，议定停车位划线方案；")
                             .repeated(12)
                             .left(300);
    REQUIRE(full.size() == 300);
    // Nearly empty: the progress is required, the problems are not.
    const QList<double> empty =
        rowTops(QStringLiteral("无。"), QString(), QStringLiteral("empty.pdf"));
    const QList<double> filled = rowTops(full, QStringLiteral("协商会议记录不够规范。").repeated(8),
                                         QStringLiteral("full.pdf"));
    for (int i = 0; i < empty.size(); ++i) {
        INFO(i);
        CHECK(std::abs(empty[i] - filled[i]) < 1.0); // points
    }
    // And the progress box is tall: at least 60 mm (170 pt) from its top to the next row.
    CHECK(empty[0] > 170);
}

TEST_CASE("A long register: landscape pages, header row on every page, contents with pages",
          "[documents][pdf]")
{
    testing::Scratch dir;
    auto db = knownCommittee(dir.path(QStringLiteral("a.db")));
    RecordRepository repo(*db);
    for (int i = 0; i < 80; ++i) {
        Record entry;
        entry.values = {{QStringLiteral("worked_on"), QDate(2024, 4, 1).addDays(i * 3)},
                        {QStringLiteral("duty_number"), 1 + i % 27},
                        {QStringLiteral("department"), QStringLiteral("街道民政办")},
                        {QStringLiteral("work_done"),
                         QStringLiteral("入户核查低保家庭收入变化情况第%1户").arg(i + 1)},
                        {QStringLiteral("minutes"), 60}};
        REQUIRE_OK(repo.insert(LedgerTypes::assistEntry(), entry));
    }
    const QString pdf = dir.path(QStringLiteral("台账.pdf"));
    DocumentRequest year;
    year.year = 2024;
    REQUIRE_OK(DocumentExport::save(*db, QStringLiteral("logbook-assistance"), year, pdf));
    keep(pdf);
    CHECK(runTool(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("842 x 595 pts")));
    const int pages = pdfPages(pdf);
    REQUIRE(pages >= 6);
    // Cover (no number), contents, then the register over several pages.
    const QString cover = withoutSpaces(pdfText(pdf, 1));
    CHECK(cover.contains(QStringLiteral("协助政府工作台账")));
    CHECK_FALSE(cover.contains(QStringLiteral("—1—")));
    const QString contents = withoutSpaces(pdfText(pdf, 2));
    CHECK(contents.contains(QStringLiteral("目录")));
    CHECK(contents.contains(QStringLiteral("一、协助工作登记3")));
    for (int page = 3; page <= 4; ++page) {
        const QString text = withoutSpaces(pdfText(pdf, page));
        INFO("page " << page);
        for (const char *heading :
             {"序号", "日期", "协助事项", "细化事项", "提出部门", "工作内容", "用时（分钟）"}) {
            CHECK(text.contains(QString::fromUtf8(heading)));
        }
        CHECK(text.contains(QStringLiteral("—%1—").arg(page)));
    }
    CHECK(
        withoutSpaces(pdfText(pdf)).contains(QStringLiteral("入户核查低保家庭收入变化情况第80户")));
    // The people involved are sensitive and never printed.
    CHECK_FALSE(pdfText(pdf).contains(QStringLiteral("3栋住户")));
    checkFontsEmbedded(pdf);
}

TEST_CASE("Each logbook and notice prints, with its own title and labels", "[documents][pdf]")
{
    testing::Scratch dir;
    auto db = knownCommittee(dir.path(QStringLiteral("b.db")));
    const Ids ids = knownIds(*db);
    struct Case {
        QString id;
        DocumentRequest request;
        QStringList labels;
    };
    DocumentRequest year;
    year.year = 2024;
    DocumentRequest declined;
    declined.recordId = ids.declinedRequest;
    declined.issuedOn = QDate(2024, 2, 3);
    DocumentRequest disclosure;
    disclosure.recordId = ids.financeDisclosure;
    const QList<Case> cases = {
        {QStringLiteral("logbook-committee"),
         year,
         {QStringLiteral("居民委员会工作簿"), QStringLiteral("2024年第1次居民代表会议"),
          QStringLiteral("会议议题"), QStringLiteral("主持人签字"),
          QStringLiteral("赞成22票，反对1票，弃权1票")}},
        {QStringLiteral("logbook-consultation"),
         year,
         {QStringLiteral("城乡社区协商会议记录本"), QStringLiteral("2024年第2次协商会议"),
          QStringLiteral("协商结果")}},
        {QStringLiteral("logbook-supervision"),
         year,
         {QStringLiteral("居务监督委员会工作簿"), QStringLiteral("周建国")}},
        {QStringLiteral("logbook-decisions"),
         year,
         {QStringLiteral("集体资产出租方案"), QStringLiteral("三、党员大会审议"),
          QStringLiteral("四、居民会议或居民代表会议决议"), QStringLiteral("应到实到"),
          QStringLiteral("同意反对弃权"), QStringLiteral("居务监督委员会意见："),
          QStringLiteral("监督委员会主任（签字）："), QStringLiteral("经办人（签字）：")}},
        {QStringLiteral("logbook-outside-list"),
         year,
         {QStringLiteral("清单外事项登记簿"), QStringLiteral("代为催缴辖区企业税费"),
          QStringLiteral("清单外，不予承接")}},
        {QStringLiteral("notice-decline"),
         declined,
         {QStringLiteral("关于不予承接清单外工作事项的告知书"),
          QStringLiteral("街道综合执法大队："), QStringLiteral("基层群众性自治组织也有权拒绝"),
          QStringLiteral("权随责走、费随事转"), QStringLiteral("桂花湾社区居民委员会"),
          QStringLiteral("2024年2月3日")}},
        {QStringLiteral("notice-disclosure"),
         disclosure,
         {QStringLiteral("财务公开"), QStringLiteral("收入12000元，支出8650元。"),
          QStringLiteral("周建国"), QStringLiteral("吴丽"), QStringLiteral("居民委员会（盖章）"),
          QStringLiteral("居务监督委员会（盖章）")}},
        {QStringLiteral("notice-commitments"),
         year,
         {QStringLiteral("桂花湾社区居民委员会2024年度成员履职承诺公示"),
          QStringLiteral("每月走访困难群众不少于4户。"), QStringLiteral("副主任")}},
    };
    for (const Case &c : cases) {
        INFO(c.id.toStdString());
        const QString pdf = dir.path(c.id + QStringLiteral(".pdf"));
        REQUIRE_OK(DocumentExport::save(*db, c.id, c.request, pdf));
        keep(pdf);
        const QString text = withoutSpaces(pdfText(pdf));
        for (const QString &label : c.labels) {
            INFO(label.toStdString());
            CHECK(text.contains(withoutSpaces(label)));
        }
        checkFontsEmbedded(pdf);
    }
}

TEST_CASE("The page layout a print dialog chose is the one used", "[documents][pdf]")
{
    testing::Scratch dir;
    auto db = knownCommittee(dir.path(QStringLiteral("l.db")));
    auto filled = Documents::fill(*db, QStringLiteral("quarterly"), quarter2024Q1());
    REQUIRE_OK(filled);
    const QString path = dir.path(QStringLiteral("a5.pdf"));
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A5), QPageLayout::Landscape,
                                         QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
        auto pages = DocumentRenderer::paint(filled.value(), writer);
        REQUIRE_OK(pages);
        CHECK(pages.value() > 1); // smaller paper, more pages
    }
    keep(path);
    CHECK(
        runTool(QStringLiteral("pdfinfo"), {path}).contains(QStringLiteral("595 x 420 pts (A5)")));
    // The label wraps beside the drafted text, which pdftotext reads in between.
    CHECK(withoutSpaces(pdfText(path)).contains(QStringLiteral("存在问题及")));
}

TEST_CASE("The ODT has its page, fonts, table widths and repeating header rows", "[documents][odt]")
{
    testing::Scratch dir;
    auto db = knownCommittee(dir.path(QStringLiteral("o.db")));
    saveKnownSheet(*db);
    const QString odt = dir.path(QStringLiteral("q.odt"));
    REQUIRE_OK(DocumentExport::save(*db, QStringLiteral("quarterly"), quarter2024Q1(), odt));
    keep(odt);
    const QString list = runTool(QStringLiteral("unzip"), {QStringLiteral("-l"), odt});
    for (const char *part :
         {"mimetype", "META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml"}) {
        CHECK(list.contains(QString::fromUtf8(part)));
    }
    CHECK(
        runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("mimetype")}) ==
        QStringLiteral("application/vnd.oasis.opendocument.text"));
    const QString content = runTool(QStringLiteral("unzip"),
                                    {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
    // The title on the two lines of the official form.
    CHECK(content.contains(QStringLiteral("健全党组织领导的基层群众自治机制")));
    CHECK(content.contains(QStringLiteral("2023年重点任务清单办理情况表")));
    CHECK(content.contains(QStringLiteral("style:font-size-asian=\"20pt\"")));
    CHECK(content.contains(QStringLiteral("style:font-family-asian=\"仿宋\"")));
    CHECK(content.contains(QStringLiteral("style:width=\"442.2pt\"")));
    CHECK_FALSE(content.contains(QStringLiteral("style:width=\"100pt\"")));
    CHECK_FALSE(content.contains(QStringLiteral("style:text-position=\"100%\"")));
    CHECK(content.contains(QStringLiteral("fo:border=\"0.5pt solid #000000\"")));
    const QString styles =
        runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("styles.xml")});
    CHECK(styles.contains(QStringLiteral("fo:page-width=\"210mm\"")));
    CHECK(styles.contains(QStringLiteral("fo:margin-top=\"37mm\"")));
    CHECK(styles.contains(QStringLiteral("fo:margin-left=\"28mm\"")));
    CHECK(styles.contains(QStringLiteral("<text:page-number")));
    // The annex's tables repeat their header row on every page.
    const QString annex = dir.path(QStringLiteral("a.odt"));
    REQUIRE_OK(
        DocumentExport::save(*db, QStringLiteral("quarterly-annex"), quarter2024Q1(), annex));
    CHECK(runTool(QStringLiteral("unzip"),
                  {QStringLiteral("-p"), annex, QStringLiteral("content.xml")})
              .contains(QStringLiteral("<table:table-header-rows>")));
}
