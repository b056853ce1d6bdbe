#include "GuiTestSupport.h"

#include "areas/committee/CommitteeArea.h"
#include "areas/reference/DutyChecklistArea.h"
#include "areas/reference/TaskListArea.h"
#include "shell/MainWindow.h"
#include "widgets/RecordBrowser.h"
#include "widgets/RecordDetailView.h"
#include "widgets/RecordTableModel.h"

#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTest>

using namespace committee;
using namespace committee::ui;

TEST_CASE("The main window opens in Chinese with both official lists", "[gui]")
{
    testing::GuiFixture f;
    MainWindow window(*f.context);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    CHECK(window.windowTitle() == QStringLiteral("村居工作台"));
    QStringList areas;
    for (int i = 0; i < window.sidebar()->count(); ++i) {
        areas << window.sidebar()->item(i)->text();
    }
    CHECK(areas.contains(QStringLiteral("协助事项清单")));
    CHECK(areas.contains(QStringLiteral("重点任务")));
    CHECK(areas.contains(QStringLiteral("会议")));
    CHECK(areas.contains(QStringLiteral("准入事项")));

    auto *duties = qobject_cast<DutyChecklistArea *>(window.showArea(QStringLiteral("duties")));
    REQUIRE(duties);
    CHECK(duties->browser()->visibleRowCount() == 27);
    CHECK(duties->browser()->filterEdit()->placeholderText().contains(QStringLiteral("筛选")));

    auto *tasks = qobject_cast<TaskListArea *>(window.showArea(QStringLiteral("tasks")));
    REQUIRE(tasks);
    CHECK(tasks->tasks()->visibleRowCount() == 8);
    CHECK(tasks->measures()->visibleRowCount() == 5); // the first task's measures
    tasks->tasks()->table()->selectRow(7);
    CHECK(tasks->measures()->visibleRowCount() == 3);
}

TEST_CASE("The filter finds an item by a Chinese substring in any field", "[gui]")
{
    testing::GuiFixture f;
    MainWindow window(*f.context);
    window.show();
    auto *duties = qobject_cast<DutyChecklistArea *>(window.showArea(QStringLiteral("duties")));
    REQUIRE(duties);
    RecordBrowser *browser = duties->browser();

    testing::commitText(browser->filterEdit(), QStringLiteral("养犬"));
    CHECK(browser->filterEdit()->text() == QStringLiteral("养犬"));
    REQUIRE(browser->visibleRowCount() == 1);
    CHECK(browser->detailView()->toPlainText().contains(QStringLiteral("协助做好养犬管理工作")));

    // A phrase that only appears in the detailed tasks, not in any list column.
    browser->filterEdit()->clear();
    testing::commitText(browser->filterEdit(), QStringLiteral("村村响"));
    REQUIRE(browser->visibleRowCount() == 1);
    CHECK(browser->detailView()->toPlainText().contains(QStringLiteral("协助开展消防宣传教育")));

    browser->filterEdit()->clear();
    CHECK(browser->visibleRowCount() == 27);
}

TEST_CASE("The window remembers the last area", "[gui]")
{
    testing::GuiFixture f;
    {
        MainWindow window(*f.context);
        window.show();
        window.showArea(QStringLiteral("tasks"));
        window.close();
    }
    MainWindow again(*f.context);
    CHECK(again.currentAreaId() == QStringLiteral("tasks"));
    CHECK(f.settings->lastArea() == QStringLiteral("tasks"));
}

TEST_CASE("Members are listed in the order given (主任 first), not by the code of their names",
          "[gui]")
{
    testing::GuiFixture f; // the demo committee: 张立新 主任, 王秀英 副主任, then the 委员
    MainWindow window(*f.context);
    window.show();
    auto *area = qobject_cast<CommitteeArea *>(window.showArea(QStringLiteral("committee")));
    REQUIRE(area);
    auto *model = qobject_cast<RecordTableModel *>(area->members()->table()->model());
    REQUIRE(model->rowCount() == 5);
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row) {
        names << model->record(row).text(QStringLiteral("name"));
    }
    // By code point it would be 刘洋, 张立新, 李建华, 王秀英, 陈敏.
    CHECK(names == QStringList{QStringLiteral("张立新"), QStringLiteral("王秀英"),
                               QStringLiteral("李建华"), QStringLiteral("陈敏"),
                               QStringLiteral("刘洋")});
}
