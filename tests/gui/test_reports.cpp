// The 报表 area: the quarterly sheet form with its live count and limit, saving versions,
// submitting, printing on the chosen paper, and saving documents.
#include "GuiTestSupport.h"

#include "areas/reports/DocumentActions.h"
#include "areas/reports/DocumentPages.h"
#include "areas/reports/QuarterlySheetPage.h"
#include "areas/reports/ReportsArea.h"
#include "common/AppSettings.h"
#include "common/Period.h"
#include "documents/DocumentFontsSection.h"
#include "documents/DocumentTemplatesSection.h"
#include "documents/fonts/DocumentFonts.h"
#include "documents/quarterly/QuarterlySheets.h"
#include "ledger/DemoData.h"
#include "ledger/LedgerTypes.h"
#include "records/RecordRepository.h"
#include "shell/MainWindow.h"
#include "shell/SettingsDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/RecordForm.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>

using namespace committee;
using namespace committee::ui;

namespace {

QString pdfInfo(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("The quarterly form counts 进展情况 as it is typed and refuses the 301st character",
          "[gui][reports]")
{
    testing::GuiFixture f;
    MainWindow window(*f.context);
    window.show();
    auto *area = qobject_cast<ReportsArea *>(window.showArea(QStringLiteral("reports")));
    REQUIRE(area);
    QuarterlySheetPage *page = area->quarterlyPage();
    page->setPeriod(2024, 2);
    RecordForm *form = page->form();
    auto *progress = qobject_cast<QPlainTextEdit *>(form->editor(QStringLiteral("progress")));
    auto *counter = form->findChild<QLabel *>(QStringLiteral("progress_counter"));
    auto *error = form->findChild<QLabel *>(QStringLiteral("progress_error"));
    REQUIRE(progress);
    REQUIRE(counter);
    REQUIRE(error);
    // A quarter with no records: the draft says so, and nothing is saved yet.
    CHECK(page->findChild<QPushButton *>(QStringLiteral("submit"))->isEnabled() == false);

    progress->clear();
    const QString text = QString(299, QChar(0x8FDB)); // 进 ×299
    testing::commitText(progress, text);
    testing::commitText(progress, QStringLiteral("展"));
    CHECK(progress->toPlainText().size() == 300);
    CHECK(counter->text().contains(QStringLiteral("300 / 300")));
    auto *phone = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("phone")));
    phone->clear();
    testing::commitText(phone, QStringLiteral("13912345678"));
    REQUIRE(page->save());
    QuarterlySheets sheets(f.context->db);
    auto saved = sheets.find(2024, 2);
    REQUIRE(saved.ok());
    REQUIRE(saved->has_value());
    CHECK(saved->value().text(QStringLiteral("progress")).size() == 300);
    CHECK(sheets.versions(saved->value().id)->size() == 1);

    // One more character: counted at once, and the sheet is not saved.
    progress->moveCursor(QTextCursor::End);
    testing::commitText(progress, QStringLiteral("。"));
    CHECK(counter->text().contains(QStringLiteral("301 / 300")));
    CHECK_FALSE(page->save());
    CHECK(error->isVisibleTo(form));
    CHECK(error->text().contains(QStringLiteral("301")));
    CHECK(sheets.versions(saved->value().id)->size() == 1);

    // A landline without its area code is refused too.
    progress->setPlainText(QStringLiteral("本季度召开居民代表会议1次。"));
    phone->clear();
    testing::commitText(phone, QStringLiteral("67001234"));
    CHECK_FALSE(page->save());
    CHECK(form->findChild<QLabel *>(QStringLiteral("phone_error"))->isVisibleTo(form));
}

TEST_CASE("The quarterly sheet: draft, versions, submission, evidence", "[gui][reports]")
{
    testing::GuiFixture f;
    RecordRepository repo(*f.db);
    Record meeting;
    meeting.values = {{QStringLiteral("kind"), QStringLiteral("consultation")},
                      {QStringLiteral("number"), 1},
                      {QStringLiteral("held_on"), QDate(2024, 5, 20)},
                      {QStringLiteral("topic"), QStringLiteral("高龄老人助餐点选址")}};
    REQUIRE_OK(repo.insert(LedgerTypes::meeting(), meeting));
    ReportsArea area(*f.context);
    area.show();
    QuarterlySheetPage *page = area.quarterlyPage();
    page->setPeriod(2024, 2);
    auto *progress =
        qobject_cast<QPlainTextEdit *>(page->form()->editor(QStringLiteral("progress")));
    CHECK(progress->toPlainText().contains(QStringLiteral("协商会议1次")));
    // Measure 19's row shows the meeting.
    bool shown = false;
    for (int row = 0; row < page->evidence()->rowCount(); ++row) {
        shown =
            shown || (page->evidence()->item(row, 0)->text().startsWith(QStringLiteral("19.")) &&
                      page->evidence()->item(row, 1)->text() == QStringLiteral("召开协商会议1次"));
    }
    CHECK(shown);
    // 存在问题及下步打算 is drafted too, and 「根据本季度台账起草」 writes both again once
    // the clerk agrees to replace what was typed.
    auto *problems =
        qobject_cast<QPlainTextEdit *>(page->form()->editor(QStringLiteral("problems")));
    const QString draftedProblems = problems->toPlainText();
    CHECK(draftedProblems.startsWith(QStringLiteral("存在问题：")));
    CHECK(draftedProblems.contains(QStringLiteral("下步打算：")));
    const QString draftedProgress = progress->toPlainText();
    progress->setPlainText(QStringLiteral("手写的进展。"));
    problems->setPlainText(QStringLiteral("手写的问题。"));
    MessageBox::setNextAnswer(false);
    page->findChild<QPushButton *>(QStringLiteral("draft"))->click();
    CHECK(problems->toPlainText() == QStringLiteral("手写的问题。"));
    MessageBox::setNextAnswer(true);
    page->findChild<QPushButton *>(QStringLiteral("draft"))->click();
    CHECK(progress->toPlainText() == draftedProgress);
    CHECK(problems->toPlainText() == draftedProblems);

    REQUIRE(page->save());
    progress->setPlainText(QStringLiteral("改后的进展情况。"));
    // Coming back to the area keeps what is being typed.
    area.activate();
    CHECK(progress->toPlainText() == QStringLiteral("改后的进展情况。"));
    REQUIRE(page->save());
    QuarterlySheets sheets(*f.db);
    const qint64 id = sheets.find(2024, 2)->value().id;
    CHECK(sheets.versions(id)->size() == 2);

    // The draft chose no status for the clerk, and a sheet without one is not submitted.
    auto *status = qobject_cast<QComboBox *>(page->form()->editor(QStringLiteral("status")));
    REQUIRE(status);
    CHECK(status->currentData().toString().isEmpty());
    // What the records suggest stands beside the choice.
    auto *suggestion = page->findChild<QLabel *>(QStringLiteral("statusSuggestion"));
    REQUIRE(suggestion);
    CHECK(suggestion->text().contains(sheets.suggestion(2024, 2, QDate::currentDate())));
    CHECK_FALSE(sheets.markSubmitted(id).ok());
    status->setCurrentIndex(status->findData(QStringLiteral("正常推进")));
    REQUIRE(page->save());
    MessageBox::setNextAnswer(true);
    page->markSubmitted();
    CHECK(sheets.find(2024, 2)->value().isFinalized());
    CHECK_FALSE(page->findChild<QPushButton *>(QStringLiteral("submit"))->isEnabled());
    // Changing it now asks for the reason.
    progress->setPlainText(QStringLiteral("补充后的进展情况。"));
    MessageBox::setNextText(QStringLiteral("镇街要求补充"));
    REQUIRE(page->save());
    auto versions = sheets.versions(id);
    REQUIRE(versions->size() == 5);
    CHECK(versions->last().note.startsWith(QStringLiteral("镇街要求补充")));
}

TEST_CASE("Printing uses the paper, margins and orientation chosen for the shared printer",
          "[gui][reports]")
{
    testing::GuiFixture f;
    ReportsArea area(*f.context);
    QPrinter &printer = area.printer();
    // The default is A4 with the GB/T 9704 margins.
    CHECK(printer.pageLayout().pageSize().id() == QPageSize::A4);
    CHECK(qRound(printer.pageLayout().margins(QPageLayout::Millimeter).top()) == 37);

    // As if chosen in the print dialog: A5, landscape, narrow margins, into a PDF.
    const QString path = f.dir.path(QStringLiteral("printed.pdf"));
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A5), QPageLayout::Landscape,
                                      QMarginsF(10, 10, 10, 12), QPageLayout::Millimeter));
    area.quarterlyPage()->setPeriod(2024, 1);
    auto pages = area.quarterlyPage()->actions()->printTo(printer);
    REQUIRE_OK(pages);
    CHECK(pages.value() >= 2);
    CHECK(pdfInfo(path).contains(QStringLiteral("595 x 420 pts (A5)")));
}

TEST_CASE("Documents are saved from the area: logbooks and notices by choice", "[gui][reports]")
{
    testing::GuiFixture f;
    RecordRepository repo(*f.db);
    Record request;
    request.values = {{QStringLiteral("received_on"), QDate(2024, 3, 1)},
                      {QStringLiteral("department"), QStringLiteral("街道综合执法大队")},
                      {QStringLiteral("channel"), QStringLiteral("phone")},
                      {QStringLiteral("request"), QStringLiteral("代为催缴辖区企业税费")},
                      {QStringLiteral("duty_number"), 0},
                      {QStringLiteral("decision"), QStringLiteral("declined")}};
    auto id = repo.insert(LedgerTypes::deptRequest(), request);
    REQUIRE_OK(id);
    ReportsArea area(*f.context);
    area.show();

    LogbookPage *books = area.logbookPage();
    books->choose(QStringLiteral("outside-list"), 2024);
    const QString book = f.dir.path(QStringLiteral("register.xlsx"));
    REQUIRE_OK(books->actions()->saveTo(book));
    CHECK(testing::fileBytes(book).startsWith("PK"));
    books->choose(QStringLiteral("committee"), 2024);
    CHECK_FALSE(
        books->actions()->findChild<QPushButton *>(QStringLiteral("saveXlsx"))->isEnabled());

    NoticePage *notices = area.noticePage();
    notices->choose(QStringLiteral("notice-decline"), id.value());
    REQUIRE(notices->recordBox()->count() == 1);
    const QString notice = f.dir.path(QStringLiteral("decline.pdf"));
    REQUIRE_OK(notices->actions()->saveTo(notice));
    CHECK(testing::fileBytes(notice).startsWith("%PDF"));

    // The templates are copied out for editing from 设置 (for whoever adapts the forms), not
    // from 报表.
    CHECK(area.findChild<QPushButton *>(QStringLiteral("copyTemplates")) == nullptr);
    DocumentTemplatesSection templates(f.db->path());
    templates.copyTemplates();
    CHECK(QFile::exists(f.dir.path(QStringLiteral("templates/quarterly_sheet.html"))));
    const QByteArray copied =
        testing::fileBytes(f.dir.path(QStringLiteral("templates/quarterly_sheet.html")));
    testing::writeFile(f.dir.path(QStringLiteral("templates/quarterly_sheet.html")), "edited");
    templates.copyTemplates(); // again: what is there is left alone
    CHECK(testing::fileBytes(f.dir.path(QStringLiteral("templates/quarterly_sheet.html"))) ==
          "edited");
    CHECK_FALSE(copied.isEmpty());
}

// Not run by default: COMMITTEE_KEEP_OUTPUT=DIR test_gui "[.screenshot]" saves a picture of
// each tab of the area in Chinese, to look at.
TEST_CASE("Pictures of the reports area", "[.screenshot]")
{
    testing::GuiFixture f;
    ReportsArea area(*f.context);
    area.resize(1280, 800);
    area.show();
    area.quarterlyPage()->setPeriod(2024, 1);
    const QString folder = qEnvironmentVariable("COMMITTEE_KEEP_OUTPUT");
    REQUIRE_FALSE(folder.isEmpty());
    for (int tab = 0; tab < area.tabs()->count(); ++tab) {
        area.tabs()->setCurrentIndex(tab);
        QApplication::processEvents();
        CHECK(area.grab().save(QStringLiteral("%1/reports-%2.png").arg(folder).arg(tab)));
    }
}

TEST_CASE("Settings show which font each kind of text uses, and keep the clerk's choice",
          "[gui][documents][fonts]")
{
    testing::GuiFixture f;
    SettingsDialog dialog(*f.context);
    DocumentFontsSection *fonts = dialog.documentFonts();
    REQUIRE(fonts);
    CHECK(fonts->title() == QStringLiteral("文档字体"));
    QComboBox *body = fonts->chooser(FontRole::Body);
    REQUIRE(body);
    CHECK(body->currentData().toString().isEmpty()); // automatic
    const QString automatic = DocumentFonts::forPrinting().body.first();
    CHECK(body->currentText().contains(automatic));
    CHECK(fonts->status(FontRole::Body)->toolTip().contains(automatic));
    if (!DocumentFonts::isOfficial(FontRole::Body, automatic)) {
        // Without 仿宋 installed, the page says that another face stands in for it.
        CHECK(fonts->status(FontRole::Body)->text() == QStringLiteral("代替标准字体仿宋"));
    }
    REQUIRE(body->count() > 1);
    body->setCurrentIndex(body->count() - 1);
    const QString chosen = body->currentData().toString();
    CHECK(fonts->status(FontRole::Body)->toolTip().contains(chosen));
    if (const QString keep = qEnvironmentVariable("COMMITTEE_KEEP_OUTPUT"); !keep.isEmpty()) {
        dialog.adjustSize();
        dialog.grab().save(keep + QStringLiteral("/settings-fonts.png"));
    }
    // Only shown until saved.
    CHECK(DocumentFonts::preferred(FontRole::Body).isEmpty());
    dialog.accept();
    CHECK(f.settings->documentFont(QStringLiteral("body")) == chosen);
    CHECK(DocumentFonts::forPrinting().body.first() == chosen);
    DocumentFonts::setPreferred(FontRole::Body, QString());
}

TEST_CASE("Saving a document offers its own name, asks before replacing, and says where it went",
          "[gui][documents]")
{
    testing::GuiFixture f;
    testing::Scratch dir;
    const QString folder = QFileInfo(dir.path(QStringLiteral("x"))).absolutePath();
    f.settings->setDocumentsFolder(folder);
    QPrinter printer;
    DocumentRequest request;
    request.year = 2024;
    request.quarter = 2;
    DocumentActions actions(*f.context, printer, [&request] {
        return std::optional(DocumentActions::Target{QStringLiteral("quarterly"), request});
    });
    // Whose, which and when: each quarter has a file of its own.
    const QString suggested = actions.suggestedPath(QStringLiteral("pdf"));
    CHECK(QFileInfo(suggested).fileName() == QStringLiteral("桂花湾社区-办理情况表-2024Q2.pdf"));
    CHECK(QFileInfo(suggested).absolutePath() == folder);
    request.quarter = 3;
    CHECK(QFileInfo(actions.suggestedPath(QStringLiteral("pdf"))).fileName() ==
          QStringLiteral("桂花湾社区-办理情况表-2024Q3.pdf"));
    request.quarter = 2;

    MessageBox::setNextText(suggested);
    MessageBox::setNextChoice(-1);
    actions.saveAs(QStringLiteral("pdf"));
    REQUIRE(QFile::exists(suggested));
    CHECK(MessageBox::lastText() ==
          QStringLiteral("已保存为 %1").arg(QDir::toNativeSeparators(suggested)));

    // A file of that name is there: replacing it is asked, and "no" leaves it as it was.
    testing::writeFile(suggested, "earlier copy");
    MessageBox::setNextText(suggested);
    MessageBox::setNextAnswer(false);
    actions.saveAs(QStringLiteral("pdf"));
    CHECK(testing::fileBytes(suggested) == "earlier copy");
    CHECK(MessageBox::lastText().contains(QStringLiteral("已存在")));
    MessageBox::setNextText(suggested);
    MessageBox::setNextAnswer(true);
    MessageBox::setNextChoice(-1);
    actions.saveAs(QStringLiteral("pdf"));
    CHECK(testing::fileBytes(suggested).startsWith("%PDF"));
    CHECK(f.settings->documentsFolder() == folder);
}

TEST_CASE("From 报表 to this quarter's saved PDF in three clicks, with the clerk's words in it",
          "[gui][reports]")
{
    testing::GuiFixture f;
    const QDate today = QDate::currentDate();
    REQUIRE_OK(DemoData::fill(*f.db, 2, today));
    testing::Scratch dir;
    f.settings->setDocumentsFolder(QFileInfo(dir.path(QStringLiteral("x"))).absolutePath());
    MainWindow window(*f.context);
    window.show();

    // Click 1, 报表: this quarter's sheet, drafted from the quarter's records.
    auto *area = qobject_cast<ReportsArea *>(window.showArea(QStringLiteral("reports")));
    REQUIRE(area);
    QuarterlySheetPage *page = area->quarterlyPage();
    CHECK(page->isVisible());
    CHECK(page->year() == today.year());
    CHECK(page->quarter() == Quarter::fromDate(today).number());
    auto *progress =
        qobject_cast<QPlainTextEdit *>(page->form()->editor(QStringLiteral("progress")));
    const QString drafted = progress->toPlainText();
    CHECK(drafted.startsWith(QStringLiteral("本季度，一是")));
    // A few words of the clerk's own, not saved with 保存.
    const QString typed = drafted.left(280) + QStringLiteral("另有手写补充。");
    progress->setPlainText(typed);

    // Click 2, 保存为 PDF; click 3, 保存 in the file chooser, which suggests the named file.
    const QString suggested = page->actions()->suggestedPath(QStringLiteral("pdf"));
    CHECK(QFileInfo(suggested).fileName() ==
          QStringLiteral("桂花湾社区-办理情况表-%1.pdf").arg(Quarter::fromDate(today).code()));
    MessageBox::setNextText(suggested);
    MessageBox::setNextChoice(-1); // the message that says where it went: Close
    page->findChild<QPushButton *>(QStringLiteral("savePdf"))->click();
    REQUIRE(QFile::exists(suggested));

    // The PDF is the sheet on screen: what was typed was saved first and is printed.
    auto saved = QuarterlySheets(*f.db).find(today.year(), Quarter::fromDate(today).number());
    REQUIRE_OK(saved);
    REQUIRE(saved->has_value());
    CHECK(saved->value().text(QStringLiteral("progress")) == typed);
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {suggested, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30000));
    QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(text.contains(QStringLiteral("另有手写补充")));
}
