#include "TestSupport.h"

#include "records/RecordRepository.h"
#include "reference/Editions.h"
#include "reference/MeasureStore.h"
#include "reference/ReferenceLoader.h"
#include "reference/ReferenceTypes.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>

using namespace committee;

TEST_CASE("The official lists load once as official, current editions", "[reference]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("e.db")));
    REQUIRE(ReferenceLoader::ensureOfficialEditions(*db).ok()); // a second start adds nothing
    Editions editions(*db);
    auto duties = editions.list(ListKind::Duties).value();
    REQUIRE(duties.size() == 1);
    CHECK(duties[0].official);
    CHECK(duties[0].current);
    CHECK(duties[0].docNumber == QStringLiteral("渝民发〔2021〕6号"));
    CHECK(duties[0].issuer == QStringLiteral("重庆市民政局"));
    auto tasks = editions.current(ListKind::Tasks).value();
    CHECK(tasks.docNumber == QStringLiteral("渝北民〔2023〕24号"));
    CHECK(tasks.issuedOn == QStringLiteral("2023-03-28"));
    auto form = editions.current(ListKind::ProgressForm).value();
    auto definition = editions.definition(form.id).value();
    CHECK(definition.value(QStringLiteral("attachment_label")).toString() ==
          QStringLiteral("附件2"));
    const QJsonArray fields = definition.value(QStringLiteral("fields")).toArray();
    REQUIRE(fields.size() == 7);
    CHECK(fields[2].toObject().value(QStringLiteral("max_length")).toInt() == 300);
    CHECK(fields[4].toObject().value(QStringLiteral("options")).toArray().size() == 3);
}

TEST_CASE("A new edition copies every entry and can be edited apart from the official one",
          "[reference]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("c.db")));
    Editions editions(*db);
    RecordRepository repo(*db);
    const EditionInfo official = editions.current(ListKind::Tasks).value();

    auto copyId = editions.copy(official.id, QStringLiteral("2024年重点任务清单"), 2024);
    REQUIRE(copyId.ok());
    const EditionInfo copy = editions.current(ListKind::Tasks).value();
    CHECK(copy.id == copyId.value());
    CHECK_FALSE(copy.official);
    CHECK(copy.year == 2024);
    CHECK(copy.basedOn == official.id);

    auto tasks = repo.list(ReferenceTypes::task(), copy.id).value();
    REQUIRE(tasks.size() == 8);
    auto measures = repo.list(ReferenceTypes::measure(), tasks[0].id).value();
    REQUIRE(measures.size() == 5);

    Record edited = measures[2];
    edited.values.insert(QStringLiteral("text"), QStringLiteral("每年至少召开6次村民代表会议；"));
    REQUIRE(repo.update(ReferenceTypes::measure(), edited).ok());
    auto reread = repo.get(ReferenceTypes::measure(), edited.id).value();
    CHECK(RecordRepository::differingFields(ReferenceTypes::measure(), reread) ==
          QStringList{QStringLiteral("text")});

    // The official edition still has the official text.
    auto officialTasks = repo.list(ReferenceTypes::task(), official.id).value();
    auto officialMeasure = repo.list(ReferenceTypes::measure(), officialTasks[0].id).value()[2];
    CHECK(officialMeasure.text(QStringLiteral("text"))
              .startsWith(QStringLiteral("落实好村（居）民（代表）会议制度")));

    REQUIRE(repo.restoreOfficial(ReferenceTypes::measure(), edited.id).ok());
    reread = repo.get(ReferenceTypes::measure(), edited.id).value();
    CHECK(reread.text(QStringLiteral("text")) == officialMeasure.text(QStringLiteral("text")));
    CHECK(RecordRepository::differingFields(ReferenceTypes::measure(), reread).isEmpty());

    // Copies can go; the official edition cannot.
    CHECK_FALSE(editions.remove(official.id).ok());
    REQUIRE(editions.remove(copy.id).ok());
    CHECK(editions.current(ListKind::Tasks).value().id == official.id);
    CHECK(Sql::scalar(*db, QStringLiteral("SELECT count(*) FROM task")).value().toInt() == 8);
}

TEST_CASE("A year's documents use that year's edition, else the one in force", "[reference]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("y.db")));
    Editions editions(*db);
    const EditionInfo official = editions.current(ListKind::Tasks).value();
    CHECK(editions.forYear(ListKind::Tasks, 2023)->id == official.id);
    // No 2026 list yet: the 2023 one, which is older than the year it reports on.
    const EditionInfo for2026 = editions.forYear(ListKind::Tasks, 2026).value();
    CHECK(for2026.id == official.id);
    CHECK(for2026.isOlderThan(2026));
    CHECK_FALSE(for2026.isOlderThan(2023));
    CHECK_FALSE(EditionInfo{}.isOlderThan(2026)); // a list without a year is never "older"

    const QString title = Editions::titleForYear(official, 2026);
    CHECK(title == QStringLiteral("健全党组织领导的基层群众自治机制2026年重点任务清单"));
    EditionInfo untitledYear = official;
    untitledYear.title = QStringLiteral("重点任务清单");
    CHECK(Editions::titleForYear(untitledYear, 2026) == QStringLiteral("2026年重点任务清单"));

    auto made = editions.copy(official.id, title, 2026);
    REQUIRE(made.ok());
    CHECK(editions.forYear(ListKind::Tasks, 2026)->id == made.value());
    // The 2023 sheets keep their own list even though the 2026 copy is now in force.
    CHECK(editions.forYear(ListKind::Tasks, 2023)->id == official.id);
    // A year with neither: the one in force, the 2026 copy.
    CHECK(editions.forYear(ListKind::Tasks, 2027)->id == made.value());
}

TEST_CASE("An entry added by hand has no official text to restore", "[reference]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("h.db")));
    const qint64 edition = Editions(*db).current(ListKind::Duties).value().id;
    RecordStore store(*db, ReferenceTypes::dutyItem(), edition);
    Record item = store.blank();
    item.values.insert(QStringLiteral("name"), QStringLiteral("协助开展垃圾分类宣传"));
    auto id = store.insert(item);
    REQUIRE_OK(id);
    auto added = store.get(id.value()).value();
    CHECK(added.value(QStringLiteral("number")).toInt() == 28);
    CHECK_FALSE(added.hasOfficial());
    Status s = store.restoreOfficial(id.value());
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind == Error::Kind::Conflict);
}

TEST_CASE("Measures stay numbered straight through the list after changes", "[reference]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("n.db")));
    const qint64 edition = Editions(*db).current(ListKind::Tasks).value().id;
    RecordRepository repo(*db);
    auto tasks = repo.list(ReferenceTypes::task(), edition).value();
    auto numbers = [&] {
        QList<int> all;
        for (const Record &t : repo.list(ReferenceTypes::task(), edition).value()) {
            for (const Record &m : repo.list(ReferenceTypes::measure(), t.id).value()) {
                all << m.value(QStringLiteral("number")).toInt();
            }
        }
        return all;
    };
    auto expected = [](int n) {
        QList<int> all;
        for (int i = 1; i <= n; ++i) {
            all << i;
        }
        return all;
    };

    MeasureStore measures(*db, edition, tasks[1].id);
    Record added = measures.blank();
    added.values.insert(QStringLiteral("text"), QStringLiteral("新增措施。"));
    auto id = measures.insert(added);
    REQUIRE_OK(id);
    CHECK(repo.get(ReferenceTypes::measure(), id.value())
              .value()
              .value(QStringLiteral("number"))
              .toInt() == 9); // after task 1's five and task 2's three
    CHECK(numbers() == expected(26));

    TaskStore taskStore(*db, edition);
    REQUIRE(taskStore.move(tasks[7].id, -7).ok()); // task 8 to the top
    auto first = repo.list(ReferenceTypes::task(), edition).value()[0];
    CHECK(first.text(QStringLiteral("title")) == QStringLiteral("提升服务职能"));
    CHECK(repo.list(ReferenceTypes::measure(), first.id)
              .value()[0]
              .value(QStringLiteral("number"))
              .toInt() == 1);
    CHECK(numbers() == expected(26));

    REQUIRE(taskStore.remove(first.id).ok());
    CHECK(numbers() == expected(23));
}

TEST_CASE("Damaged reference data is reported with the entry, not loaded", "[reference]")
{
    auto parse = [](const char *json) {
        return ReferenceLoader::parse(QByteArray(json));
    };
    CHECK_FALSE(parse("not json").ok());
    CHECK(parse("{\"kind\":\"gossip\",\"title\":\"x\",\"year\":2023}")
              .error()
              .message.contains(QStringLiteral("gossip")));
    auto outOfOrder = parse(R"({"kind":"duties","title":"x","year":2021,
        "items":[{"number":1,"name":"甲"},{"number":3,"name":"丙"}]})");
    REQUIRE_FALSE(outOfOrder.ok());
    CHECK(outOfOrder.error().message.contains(QStringLiteral("item 2")));
    auto noText = parse(R"({"kind":"tasks","title":"x","year":2023,
        "tasks":[{"number":1,"title":"任务","measures":[{"number":1,"text":""}]}]})");
    REQUIRE_FALSE(noText.ok());
    CHECK(noText.error().message.contains(QStringLiteral("measure 1")));
    auto good = parse(R"({"kind":"duties","title":"x","year":2021,
        "items":[{"number":1,"name":"甲","basis":["一","二"]}]})");
    REQUIRE(good.ok());
    CHECK(good->duties[0].value(QStringLiteral("basis")).toStringList() ==
          QStringList{QStringLiteral("一"), QStringLiteral("二")});
}
