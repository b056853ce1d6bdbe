// The list query the lazily read lists use: filter text and sort order done by the
// database, checked against the same records filtered the old way, in memory.
#include "TestSupport.h"

#include "ledger/LedgerTypes.h"
#include "ledger/StressData.h"
#include "records/FieldText.h"
#include "records/RecordRepository.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace committee;

namespace {

// What the clerk sees of a record, as the list used to filter it in memory.
bool shows(const RecordType &type, const Record &record, const QString &text)
{
    for (const FieldSpec &field : type.fields) {
        if (!field.sensitive && field.kind != FieldKind::RecordRef &&
            FieldText::display(field, record.value(field.key))
                .contains(text, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

QList<qint64> filteredInMemory(const QList<Record> &records, const RecordType &type,
                               const QString &text)
{
    QList<qint64> ids;
    for (const Record &r : records) {
        if (shows(type, r, text)) {
            ids << r.id;
        }
    }
    return ids;
}

} // namespace

TEST_CASE("A filter in the database finds what the in-memory filter found", "[records][search]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("s.db")));
    REQUIRE_OK(
        StressData::fill(*db, {.assistEntries = 2000, .meetings = 300}, QDate(2025, 12, 31)));
    RecordRepository repo(*db);

    for (const RecordType *type : {&LedgerTypes::assistEntry(), &LedgerTypes::meeting()}) {
        auto all = repo.list(*type, RecordQuery{});
        REQUIRE_OK(all);
        REQUIRE(all->size() == (type == &LedgerTypes::meeting() ? 300 : 2000));
        // Chinese words, a date, a number, a choice's label in any case, and a text that
        // matches nothing.
        for (const QString &text :
             {QStringLiteral("消防"), QStringLiteral("街道"), QStringLiteral("2025-03"),
              QStringLiteral("议事厅"), QStringLiteral("REPRESENTATIVES"), QStringLiteral("代表"),
              QStringLiteral("14:30"), QStringLiteral("不存在的词")}) {
            RecordQuery query;
            query.text = text;
            auto ids = repo.ids(*type, query);
            REQUIRE_OK(ids);
            INFO(type->id.toStdString() << " " << text.toStdString());
            CHECK(ids.value() == filteredInMemory(all.value(), *type, text));
        }
    }
    // The demo texts put 开展季度消防安全宣传 under checklist item 7, and nothing else there.
    RecordQuery fire;
    fire.text = QStringLiteral("消防安全宣传");
    auto fireIds = repo.ids(LedgerTypes::assistEntry(), fire);
    REQUIRE_OK(fireIds);
    REQUIRE_FALSE(fireIds->isEmpty());
    auto count = Sql::scalar(*db, QStringLiteral("SELECT count(*) FROM assist_entry WHERE "
                                                 "work_done LIKE '%消防安全宣传%' OR "
                                                 "detailed_task LIKE '%消防安全宣传%'"));
    CHECK(fireIds->size() == count->toInt());
}

TEST_CASE("Wildcards typed in the filter are plain characters", "[records][search]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("w.db")));
    REQUIRE_OK(StressData::fill(*db, {.assistEntries = 50, .meetings = 0}, QDate(2025, 6, 30)));
    RecordRepository repo(*db);
    for (const QString &text : {QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("\\")}) {
        RecordQuery query;
        query.text = text;
        CHECK(repo.ids(LedgerTypes::assistEntry(), query)->isEmpty());
    }
}

TEST_CASE("Ids come in the sort order asked for and records in the order of the ids",
          "[records][search]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("o.db")));
    REQUIRE_OK(StressData::fill(*db, {.assistEntries = 500, .meetings = 0}, QDate(2025, 6, 30)));
    RecordRepository repo(*db);
    const RecordType &type = LedgerTypes::assistEntry();

    RecordQuery query;
    query.sortKey = QStringLiteral("minutes");
    query.descending = true;
    auto ids = repo.ids(type, query);
    REQUIRE_OK(ids);
    REQUIRE(ids->size() == 500);
    auto records = repo.get(type, ids.value());
    REQUIRE_OK(records);
    REQUIRE(records->size() == 500);
    for (qsizetype i = 0; i < records->size(); ++i) {
        CHECK(records->at(i).id == ids->at(i));
        if (i > 0) {
            CHECK(records->at(i - 1).value(QStringLiteral("minutes")).toInt() >=
                  records->at(i).value(QStringLiteral("minutes")).toInt());
        }
    }
    // Filtered, the same order: the matching ids as they stand in the whole sorted list.
    RecordQuery filtered = query;
    filtered.text = QStringLiteral("街道");
    auto matching = repo.ids(type, filtered);
    REQUIRE_OK(matching);
    RecordQuery unsorted;
    unsorted.text = filtered.text;
    const QList<qint64> matchSet = repo.ids(type, unsorted).value();
    QList<qint64> expected;
    for (qint64 id : ids.value()) {
        if (matchSet.contains(id)) {
            expected << id;
        }
    }
    REQUIRE_FALSE(expected.isEmpty());
    CHECK(matching.value() == expected);
    // Without a sort field: newest first, as the list always read.
    auto newest = repo.ids(type, RecordQuery{});
    auto listed = repo.list(type, RecordQuery{});
    REQUIRE(newest->size() == listed->size());
    for (qsizetype i = 0; i < listed->size(); ++i) {
        CHECK(newest->at(i) == listed->at(i).id);
    }
    // A record gone meanwhile drops out of a page; the others keep their order.
    REQUIRE_OK(
        Sql::exec(*db, QStringLiteral("DELETE FROM assist_entry WHERE id = ?"), {ids->at(1)}));
    auto page = repo.get(type, ids->mid(0, 3));
    REQUIRE(page->size() == 2);
    CHECK(page->at(0).id == ids->at(0));
    CHECK(page->at(1).id == ids->at(2));
}
