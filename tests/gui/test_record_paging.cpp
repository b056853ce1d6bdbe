// The lists read lazily: a page of rows at a time, the filter and the sort order done by
// the database, and the entry in hand kept chosen.
#include "GuiTestSupport.h"

#include "areas/ledger/LedgerArea.h"
#include "ledger/DemoData.h"
#include "ledger/LedgerTypes.h"
#include "ledger/StressData.h"
#include "records/RecordRepository.h"
#include "records/RecordStore.h"
#include "storage/Sql.h"
#include "widgets/PeriodFilterBar.h"
#include "widgets/RecordBrowser.h"
#include "widgets/RecordTableModel.h"

#include <catch2/catch.hpp>

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

using namespace committee;
using namespace committee::ui;

namespace {
constexpr int kEntries = 1000;

int matching(Database &db, const QString &text)
{
    RecordQuery query;
    query.text = text;
    return int(RecordRepository(db).ids(LedgerTypes::assistEntry(), query)->size());
}
} // namespace

TEST_CASE("A long list shows its first page and reads more as it scrolls", "[gui][paging]")
{
    testing::GuiFixture f;
    REQUIRE_OK(
        StressData::fill(*f.db, {.assistEntries = kEntries, .meetings = 0}, QDate::currentDate()));
    LedgerArea area(*f.context, {&LedgerTypes::assistEntry()});
    area.resize(900, 600);
    area.show();
    area.activate();
    RecordBrowser *browser = area.browser();
    browser->periodFilter()->setYear(0);
    auto *model = qobject_cast<RecordTableModel *>(browser->table()->model());
    REQUIRE(model);

    CHECK(browser->visibleRowCount() == kEntries);
    CHECK(model->rowCount() == RecordTableModel::kPageSize);
    REQUIRE(model->canFetchMore({}));
    model->fetchMore({});
    CHECK(model->rowCount() == 2 * RecordTableModel::kPageSize);
    // Scrolling to the end of the view asks for the rest, a page at a time.
    for (int i = 0; i < 10 && model->canFetchMore({}); ++i) {
        browser->table()->scrollToBottom();
        QCoreApplication::processEvents();
    }
    CHECK(model->rowCount() == kEntries);
    CHECK_FALSE(model->canFetchMore({}));
    // Newest first, the same order as the whole list read at once.
    auto all = RecordRepository(*f.db).list(LedgerTypes::assistEntry(), RecordQuery{});
    REQUIRE(all->size() == kEntries);
    for (int row : {0, 199, 200, 777, kEntries - 1}) {
        CHECK(model->record(row).id == all->at(row).id);
    }
}

TEST_CASE("Typing in the filter of a long list finds the same entries as the database",
          "[gui][paging]")
{
    testing::GuiFixture f;
    REQUIRE_OK(
        StressData::fill(*f.db, {.assistEntries = kEntries, .meetings = 0}, QDate::currentDate()));
    LedgerArea area(*f.context, {&LedgerTypes::assistEntry()});
    area.show();
    area.activate();
    RecordBrowser *browser = area.browser();
    browser->periodFilter()->setYear(0);
    auto *model = qobject_cast<RecordTableModel *>(browser->table()->model());

    const int fire = matching(*f.db, QStringLiteral("消防"));
    REQUIRE(fire > 0);
    REQUIRE(fire < kEntries);
    testing::commitText(browser->filterEdit(), QStringLiteral("消防"));
    CHECK(browser->visibleRowCount() == fire);
    CHECK(model->rowCount() == qMin(fire, int(RecordTableModel::kPageSize)));
    for (int row = 0; row < model->rowCount(); ++row) {
        const Record &r = model->record(row);
        const QString shown = QStringList{r.text(QStringLiteral("work_done")),
                                          r.text(QStringLiteral("detailed_task")),
                                          r.text(QStringLiteral("department"))}
                                  .join(QLatin1Char('\n'));
        CHECK(shown.contains(QStringLiteral("消防")));
    }
    REQUIRE(browser->currentRecord());
    const qint64 chosen = browser->currentId();

    // One more character narrows the list; the entry in hand stays chosen when it matches.
    testing::commitText(browser->filterEdit(), QStringLiteral("安全"));
    REQUIRE(browser->filterEdit()->text() == QStringLiteral("消防安全"));
    const int fireSafety = matching(*f.db, QStringLiteral("消防安全"));
    CHECK(browser->visibleRowCount() == fireSafety);
    if (model->rowOf(chosen) >= 0) {
        CHECK(browser->currentId() == chosen);
    }

    testing::commitText(browser->filterEdit(), QStringLiteral("不存在"));
    CHECK(browser->visibleRowCount() == 0);
    CHECK(model->rowCount() == 0);
    CHECK(browser->currentRecord() == nullptr);

    browser->filterEdit()->clear();
    CHECK(browser->visibleRowCount() == kEntries);
}

TEST_CASE("Sorting a long list by a column orders all of it, not the rows read", "[gui][paging]")
{
    testing::GuiFixture f;
    REQUIRE_OK(
        StressData::fill(*f.db, {.assistEntries = kEntries, .meetings = 0}, QDate::currentDate()));
    LedgerArea area(*f.context, {&LedgerTypes::assistEntry()});
    area.show();
    area.activate();
    RecordBrowser *browser = area.browser();
    browser->periodFilter()->setYear(0);
    auto *model = qobject_cast<RecordTableModel *>(browser->table()->model());
    const int minutes = model->columnOf(QStringLiteral("minutes"));
    REQUIRE(minutes >= 0);

    browser->table()->sortByColumn(minutes, Qt::DescendingOrder);
    auto longest = Sql::scalar(*f.db, QStringLiteral("SELECT max(minutes) FROM assist_entry"));
    CHECK(model->record(0).value(QStringLiteral("minutes")).toInt() == longest->toInt());
    CHECK(model->rowCount() == RecordTableModel::kPageSize);
    CHECK(browser->currentId() == model->record(0).id);

    // Choosing an entry beyond the first page reads up to it.
    RecordQuery byMinutes;
    byMinutes.sortKey = QStringLiteral("minutes");
    byMinutes.descending = true;
    auto ids = RecordRepository(*f.db).ids(LedgerTypes::assistEntry(), byMinutes);
    const qint64 deep = ids->at(650);
    browser->selectId(deep);
    CHECK(browser->currentId() == deep);
    CHECK(model->rowOf(deep) == 650);
}

TEST_CASE("Every dated list opens newest first, also where its date is not a column",
          "[gui][paging]")
{
    testing::GuiFixture f;
    REQUIRE_OK(DemoData::fill(*f.db, 2, QDate::currentDate()));
    int checked = 0;
    for (const RecordType *type : LedgerTypes::all()) {
        if (type->ordered || type->dateKey.isEmpty() || !type->parentKey.isEmpty()) {
            continue;
        }
        INFO("type " << type->id.toStdString());
        RecordStore store(*f.db, *type);
        RecordBrowser browser(*type, {}, nullptr, f.db.get());
        browser.setStore(&store);
        if (browser.periodFilter()) {
            browser.periodFilter()->setYear(0);
        }
        auto *model = qobject_cast<RecordTableModel *>(browser.table()->model());
        if (model->rowCount() < 2) {
            continue;
        }
        QDate previous = model->record(0).value(type->dateKey).toDate();
        for (int row = 1; row < model->rowCount(); ++row) {
            const QDate date = model->record(row).value(type->dateKey).toDate();
            if (date.isValid() && previous.isValid()) {
                INFO("row " << row);
                CHECK(date <= previous);
            }
            previous = date.isValid() ? date : previous;
        }
        ++checked;
    }
    CHECK(checked >= 8);
}
