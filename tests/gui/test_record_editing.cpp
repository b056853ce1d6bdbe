#include "GuiTestSupport.h"

#include "areas/reference/DutyChecklistArea.h"
#include "records/RecordRepository.h"
#include "reference/Editions.h"
#include "reference/ReferenceTypes.h"
#include "widgets/MessageBox.h"
#include "widgets/RecordBrowser.h"
#include "widgets/RecordDetailView.h"
#include "widgets/RecordEditorDialog.h"
#include "widgets/RecordForm.h"
#include "widgets/RecordTableModel.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace committee;
using namespace committee::ui;

namespace {

void clickSave(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

Record dutyItem(Database &db, int number)
{
    const qint64 edition = Editions(db).current(ListKind::Duties).value().id;
    return RecordRepository(db).list(ReferenceTypes::dutyItem(), edition).value()[number - 1];
}

} // namespace

TEST_CASE("An edit made through the dialog persists, and official text restores it", "[gui]")
{
    testing::GuiFixture f;
    const QString changed = QStringLiteral("生态环境部门（本社区联系人：李建华）");
    {
        DutyChecklistArea area(*f.context);
        area.show();
        RecordBrowser *browser = area.browser();
        browser->selectId(dutyItem(*f.db, 2).id);

        testing::whenDialogOpens<RecordEditorDialog>([&](RecordEditorDialog *dialog) {
            auto *department =
                qobject_cast<QLineEdit *>(dialog->form()->editor(QStringLiteral("department")));
            REQUIRE(department);
            department->clear();
            testing::commitText(department, changed);
            clickSave(dialog);
        });
        browser->editCurrent();
        CHECK(browser->table()->currentIndex().siblingAtColumn(2).data().toString() == changed);
        // The list marks the entry as edited.
        CHECK(browser->table()->currentIndex().siblingAtColumn(3).data().toString() ==
              QStringLiteral("已修改"));
    }

    f.reopen();
    CHECK(dutyItem(*f.db, 2).text(QStringLiteral("department")) == changed);

    DutyChecklistArea area(*f.context);
    area.browser()->selectId(dutyItem(*f.db, 2).id);
    CHECK(area.browser()->detailView()->toPlainText().contains(QStringLiteral("正式文本")));
    MessageBox::setNextAnswer(true);
    area.browser()->restoreCurrent();
    CHECK(dutyItem(*f.db, 2).text(QStringLiteral("department")) ==
          QStringLiteral("生态环境、公安、文化旅游部门"));
    CHECK(area.browser()->table()->currentIndex().siblingAtColumn(3).data().toString().isEmpty());
}

TEST_CASE("A form that fails validation keeps everything that was typed", "[gui]")
{
    testing::GuiFixture f;
    DutyChecklistArea area(*f.context);
    area.show();
    bool stayedOpen = false;
    QString keptContent;
    QString errorShown;
    testing::whenDialogOpens<RecordEditorDialog>([&](RecordEditorDialog *dialog) {
        auto *content =
            qobject_cast<QPlainTextEdit *>(dialog->form()->editor(QStringLiteral("content")));
        REQUIRE(content);
        testing::commitText(content, QStringLiteral("协助开展垃圾分类宣传，每月一次。"));
        clickSave(dialog); // the item name is still empty
        stayedOpen = dialog->isVisible();
        keptContent = content->toPlainText();
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("name_error"));
        REQUIRE(error);
        errorShown = error->isVisibleTo(dialog) ? error->text() : QString();
        MessageBox::setNextAnswer(true); // yes, discard
        dialog->reject();
    });
    area.browser()->addRecord();
    CHECK(stayedOpen);
    CHECK(keptContent == QStringLiteral("协助开展垃圾分类宣传，每月一次。"));
    CHECK(errorShown.contains(QStringLiteral("事项名称")));
    CHECK(area.browser()->visibleRowCount() == 27); // nothing was added
}
