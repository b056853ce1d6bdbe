#include "TestSupport.h"

#include "committee/CommitteeProfile.h"
#include "committee/CommitteeTypes.h"
#include "records/RecordRepository.h"
#include "reference/Editions.h"
#include "reference/ReferenceTypes.h"
#include "storage/AuditLog.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace committee;

namespace {
int countRows(Database &db, const QString &table)
{
    return Sql::scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).value().toInt();
}

Record member(const QString &name, const QString &role, const QString &phone = {})
{
    Record r;
    r.parentId = 1;
    r.values = {{QStringLiteral("name"), name},
                {QStringLiteral("role"), role},
                {QStringLiteral("phone"), phone}};
    return r;
}
} // namespace

TEST_CASE("Each change writes its audit trail field by field", "[records][audit]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("a.db")));
    REQUIRE(CommitteeProfile(*db).save(DemoCommittee::profile(), {}).ok());
    RecordRepository repo(*db);

    auto id = repo.insert(CommitteeTypes::member(),
                          member(QStringLiteral("孙丽"), QStringLiteral("委员")));
    REQUIRE_OK(id);
    Record changed = repo.get(CommitteeTypes::member(), id.value()).value();
    changed.values.insert(QStringLiteral("role"), QStringLiteral("副主任"));
    REQUIRE(repo.update(CommitteeTypes::member(), changed).ok());

    auto trail = AuditLog::forRecord(*db, QStringLiteral("member"), id.value());
    REQUIRE(trail.ok());
    REQUIRE(trail->size() == 3); // name and role inserted, then role updated
    const AuditEntry &last = trail->last();
    CHECK(last.action == QStringLiteral("update"));
    CHECK(last.field == QStringLiteral("role"));
    CHECK(last.oldValue == QStringLiteral("委员"));
    CHECK(last.newValue == QStringLiteral("副主任"));
    CHECK(last.at.isValid());

    REQUIRE(repo.remove(CommitteeTypes::member(), id.value()).ok());
    trail = AuditLog::forRecord(*db, QStringLiteral("member"), id.value());
    CHECK(trail->last().action == QStringLiteral("delete"));

    // The trail is evidence: the database itself refuses to rewrite it.
    CHECK_FALSE(Sql::exec(*db, QStringLiteral("UPDATE audit_log SET new_value = 'x'")).ok());
    CHECK_FALSE(Sql::exec(*db, QStringLiteral("DELETE FROM audit_log")).ok());
}

TEST_CASE("Invalid values are refused with the field named, and nothing is written", "[records]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("v.db")));
    REQUIRE(CommitteeProfile(*db).save(DemoCommittee::profile(), {}).ok());
    RecordRepository repo(*db);
    const int auditBefore = countRows(*db, QStringLiteral("audit_log"));

    auto id =
        repo.insert(CommitteeTypes::member(), member(QStringLiteral("周强"), QStringLiteral("委员"),
                                                     QStringLiteral("12345")));
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().kind == Error::Kind::Invalid);
    CHECK(id.error().message.contains(QStringLiteral("Phone")));
    CHECK(countRows(*db, QStringLiteral("member")) == 0);
    CHECK(countRows(*db, QStringLiteral("audit_log")) == auditBefore);

    auto noName = repo.insert(CommitteeTypes::member(), member(QString(), QStringLiteral("委员")));
    REQUIRE_FALSE(noName.ok());
    CHECK(noName.error().message.contains(QStringLiteral("Name")));
}

TEST_CASE("Saving a profile with one bad member row saves nothing", "[records][committee]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("p.db")));
    QList<Record> members = DemoCommittee::members();
    members[3].values.insert(QStringLiteral("phone"), QStringLiteral("1390000"));
    Status s = CommitteeProfile(*db).save(DemoCommittee::profile(), members);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("Member 4")));
    CHECK(countRows(*db, QStringLiteral("committee")) == 0);
    CHECK(countRows(*db, QStringLiteral("member")) == 0);

    REQUIRE(CommitteeProfile(*db).save(DemoCommittee::profile(), DemoCommittee::members()).ok());
    CHECK(countRows(*db, QStringLiteral("member")) == 5);
    auto profile = CommitteeProfile(*db).load();
    REQUIRE(profile.ok());
    REQUIRE(profile->has_value());
    CHECK(profile->value().text(QStringLiteral("kind")) == CommitteeTypes::kCommunity);
    CHECK(profile->value().value(QStringLiteral("term_end")).toDate() == QDate(2026, 11, 30));
}

TEST_CASE("Moving an entry renumbers the list and records it", "[records][reference]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("m.db")));
    const qint64 edition = Editions(*db).current(ListKind::Duties).value().id;
    RecordRepository repo(*db);
    auto items = repo.list(ReferenceTypes::dutyItem(), edition).value();
    const qint64 fireSafety = items[6].id; // item 7, 协助开展消防宣传教育
    REQUIRE(items[6].text(QStringLiteral("name")) == QStringLiteral("协助开展消防宣传教育"));

    REQUIRE(repo.move(ReferenceTypes::dutyItem(), fireSafety, -1).ok());
    items = repo.list(ReferenceTypes::dutyItem(), edition).value();
    CHECK(items[5].id == fireSafety);
    CHECK(items[5].value(QStringLiteral("number")).toInt() == 6);
    CHECK(items[6].value(QStringLiteral("number")).toInt() == 7);
    CHECK(items[6].text(QStringLiteral("name")) ==
          QStringLiteral("协助开展禁毒宣传、落实禁毒防范措施"));
    // Moving past either end does nothing.
    REQUIRE(repo.move(ReferenceTypes::dutyItem(), items[0].id, -1).ok());
    CHECK(repo.list(ReferenceTypes::dutyItem(), edition).value()[0].id == items[0].id);
    // The moved entry now differs from its official number only; its text is official.
    CHECK(RecordRepository::differingFields(ReferenceTypes::dutyItem(), items[5]).isEmpty());
}

TEST_CASE("Removing an entry closes the gap in the numbering", "[records][reference]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("r.db")));
    const qint64 edition = Editions(*db).current(ListKind::Duties).value().id;
    RecordRepository repo(*db);
    auto items = repo.list(ReferenceTypes::dutyItem(), edition).value();
    REQUIRE(repo.remove(ReferenceTypes::dutyItem(), items[0].id).ok());
    items = repo.list(ReferenceTypes::dutyItem(), edition).value();
    REQUIRE(items.size() == 26);
    for (int i = 0; i < items.size(); ++i) {
        CHECK(items[i].value(QStringLiteral("number")).toInt() == i + 1);
    }
}
