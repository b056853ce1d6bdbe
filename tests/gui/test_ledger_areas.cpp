#include "GuiTestSupport.h"

#include "areas/ledger/LedgerArea.h"
#include "areas/ledger/MeetingsArea.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerTypes.h"
#include "records/RecordRepository.h"
#include "shell/MainWindow.h"
#include "widgets/LedgerActions.h"
#include "widgets/MessageBox.h"
#include "widgets/PeriodFilterBar.h"
#include "widgets/RecordBrowser.h"
#include "widgets/RecordDetailView.h"
#include "widgets/RecordEditorDialog.h"
#include "widgets/RecordForm.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace committee;
using namespace committee::ui;

TEST_CASE("A meeting created through the dialog in Chinese is found in the list", "[gui][ledger]")
{
    testing::GuiFixture f;
    MainWindow window(*f.context);
    window.show();
    auto *area = qobject_cast<MeetingsArea *>(window.showArea(QStringLiteral("meetings")));
    REQUIRE(area);
    RecordBrowser *meetings = area->browser();
    REQUIRE(meetings->visibleRowCount() == 0);

    testing::whenDialogOpens<RecordEditorDialog>([](RecordEditorDialog *dialog) {
        RecordForm *form = dialog->form();
        auto *kind = qobject_cast<QComboBox *>(form->editor(QStringLiteral("kind")));
        REQUIRE(kind);
        kind->setCurrentIndex(kind->findData(QStringLiteral("representatives")));
        auto *topic = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("topic")));
        testing::commitText(topic, QStringLiteral("讨论老旧小区加装电梯方案"));
        auto *place = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("place")));
        testing::commitText(place, QStringLiteral("社区议事厅"));
        qobject_cast<QSpinBox *>(form->editor(QStringLiteral("members")))->setValue(30);
        qobject_cast<QSpinBox *>(form->editor(QStringLiteral("present")))->setValue(19);
        auto *attendees = qobject_cast<QPlainTextEdit *>(form->editor(QStringLiteral("attendees")));
        testing::commitText(attendees, QStringLiteral("张立新\n王秀英"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
    });
    meetings->addRecord();

    REQUIRE(meetings->visibleRowCount() == 1);
    testing::commitText(meetings->filterEdit(), QStringLiteral("电梯"));
    REQUIRE(meetings->visibleRowCount() == 1);
    const QString shown = meetings->detailView()->toPlainText();
    CHECK(shown.contains(QStringLiteral("讨论老旧小区加装电梯方案")));
    CHECK(shown.contains(QStringLiteral("社区议事厅")));
    // 19 of 30 is short of the two thirds a representatives' meeting needs.
    CHECK(shown.contains(QStringLiteral("⚠")));
    CHECK(meetings->table()->currentIndex().siblingAtColumn(6).data().toString().contains(
        QStringLiteral("⚠")));

    // Deleted to the trash, brought back with undo.
    MessageBox::setNextAnswer(true);
    meetings->deleteCurrent();
    CHECK(meetings->visibleRowCount() == 0);
    meetings->undoStack()->undo();
    CHECK(meetings->visibleRowCount() == 1);

    // The year filter hides it in another year.
    meetings->filterEdit()->clear();
    const int thisYear = QDate::currentDate().year();
    meetings->periodFilter()->setYear(thisYear - 1);
    CHECK(meetings->visibleRowCount() == 0);
    meetings->periodFilter()->setYear(thisYear);
    CHECK(meetings->visibleRowCount() == 1);
}

TEST_CASE("Finalizing locks a record; an amendment needs a reason and is shown", "[gui][ledger]")
{
    testing::GuiFixture f;
    LedgerArea area(*f.context, {&LedgerTypes::supervisionEntry()});
    area.show();
    Record entry;
    entry.values = {{QStringLiteral("entry_on"), QDate::currentDate()},
                    {QStringLiteral("procedure"), QStringLiteral("collect")},
                    {QStringLiteral("subject"), QStringLiteral("收集居民对垃圾清运的意见")}};
    REQUIRE_OK(area.store()->insert(entry));
    RecordBrowser *browser = area.browser();
    browser->reload();
    REQUIRE(browser->visibleRowCount() == 1);

    MessageBox::setNextAnswer(true);
    browser->ledgerActions()->finalizeCurrent();
    REQUIRE(browser->currentRecord());
    CHECK(browser->currentRecord()->isFinalized());
    CHECK(browser->detailView()->toPlainText().contains(QStringLiteral("已定稿")));

    testing::whenDialogOpens<RecordEditorDialog>([](RecordEditorDialog *dialog) {
        auto *subject =
            qobject_cast<QLineEdit *>(dialog->form()->editor(QStringLiteral("subject")));
        subject->clear();
        testing::commitText(subject, QStringLiteral("收集居民对垃圾清运时间的意见"));
        MessageBox::setNextText(QStringLiteral("记录时漏写“时间”二字"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
    });
    browser->ledgerActions()->amendCurrent();
    const QString shown = browser->detailView()->toPlainText();
    CHECK(shown.contains(QStringLiteral("收集居民对垃圾清运时间的意见")));
    CHECK(shown.contains(QStringLiteral("记录时漏写“时间”二字")));
    CHECK(shown.contains(QStringLiteral("收集居民对垃圾清运的意见"))); // the original stays visible
}
