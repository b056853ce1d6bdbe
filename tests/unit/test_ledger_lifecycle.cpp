#include "TestSupport.h"

#include "committee/CommitteeProfile.h"
#include "ledger/Attachments.h"
#include "ledger/LedgerTypes.h"
#include "ledger/RecordLinks.h"
#include "records/RecordRepository.h"
#include "storage/AuditLog.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QFile>

using namespace committee;

namespace {

// A valid record of any ledger type, made from its description alone.
QVariantMap sampleValues(const RecordType &type)
{
    QVariantMap values;
    for (const FieldSpec &f : type.fields) {
        switch (f.kind) {
        case FieldKind::Text:
        case FieldKind::MultiLine:
            values.insert(f.key, QStringLiteral("样例%1").arg(f.key));
            break;
        case FieldKind::Integer:
            values.insert(f.key, qMax(f.minimum, qMin(f.maximum, 2024)));
            break;
        case FieldKind::Choice:
            values.insert(f.key, f.choices.first().value);
            break;
        case FieldKind::People:
        case FieldKind::StringList:
            values.insert(f.key, QStringList{QStringLiteral("王秀英"), QStringLiteral("李建华")});
            break;
        case FieldKind::Time:
            values.insert(f.key, QStringLiteral("14:30-16:00"));
            break;
        case FieldKind::Phone:
            values.insert(f.key, QStringLiteral("13900000001"));
            break;
        case FieldKind::Date:
        case FieldKind::RecordRef:
            break; // only the record's own date, below: later workflow steps stay open
        }
    }
    if (!type.dateKey.isEmpty()) {
        values.insert(type.dateKey, QDate(2024, 3, 15));
    }
    return values;
}

QString firstTextKey(const RecordType &type)
{
    for (const FieldSpec &f : type.fields) {
        if (f.kind == FieldKind::Text && f.required) {
            return f.key;
        }
    }
    return {};
}

} // namespace

TEST_CASE("Every ledger type: create, edit, finalize, amend, delete and restore", "[ledger]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("l.db")));
    RecordRepository repo(*db);
    for (const RecordType *type : LedgerTypes::all()) {
        INFO("type " << type->id.toStdString());
        const QString key = firstTextKey(*type);
        REQUIRE_FALSE(key.isEmpty());

        Record record;
        record.values = sampleValues(*type);
        auto id = repo.insert(*type, record);
        REQUIRE_OK(id);
        auto stored = repo.get(*type, id.value());
        REQUIRE_OK(stored);
        CHECK(stored->text(key) == QStringLiteral("样例%1").arg(key));

        // Edit.
        Record edited = stored.value();
        edited.values.insert(key, QStringLiteral("改过的内容"));
        REQUIRE_OK(repo.update(*type, edited));
        CHECK(repo.get(*type, id.value())->text(key) == QStringLiteral("改过的内容"));

        // Finalize: plain edits and deletion are refused from now on.
        REQUIRE_OK(repo.finalize(*type, id.value()));
        auto finalized = repo.get(*type, id.value()).value();
        CHECK(finalized.isFinalized());
        edited.values.insert(key, QStringLiteral("不该保存"));
        Status refused = repo.update(*type, edited);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == Error::Kind::Conflict);
        CHECK(repo.remove(*type, id.value()).error().kind == Error::Kind::Conflict);

        // Amend: needs a reason; the original stays visible in the snapshot.
        CHECK_FALSE(repo.amend(*type, edited, QStringLiteral("  ")).ok());
        edited.values.insert(key, QStringLiteral("更正后的内容"));
        REQUIRE_OK(repo.amend(*type, edited, QStringLiteral("笔误更正")));
        auto amended = repo.get(*type, id.value()).value();
        CHECK(amended.text(key) == QStringLiteral("更正后的内容"));
        CHECK(amended.snapshot.value(key).toString() == QStringLiteral("改过的内容"));
        auto amendments = repo.amendments(*type, id.value());
        REQUIRE_OK(amendments);
        REQUIRE(amendments->size() == 1);
        CHECK(amendments->first().reason == QStringLiteral("笔误更正"));
        CHECK(amendments->first().oldValue == QStringLiteral("改过的内容"));
        CHECK(amendments->first().newValue == QStringLiteral("更正后的内容"));

        // Delete goes to the trash, and restore brings it back.
        auto other = repo.insert(*type, record);
        REQUIRE_OK(other);
        REQUIRE_OK(repo.remove(*type, other.value()));
        RecordQuery live, trash;
        trash.trash = true;
        auto listed = repo.list(*type, live).value();
        CHECK(std::none_of(listed.begin(), listed.end(),
                           [&](const Record &r) { return r.id == other.value(); }));
        auto trashed = repo.list(*type, trash).value();
        REQUIRE(trashed.size() == 1);
        CHECK(trashed.first().id == other.value());
        REQUIRE_OK(repo.restore(*type, other.value()));
        CHECK(repo.list(*type, live).value().size() == 2);

        // Everything above is in the audit trail.
        auto trail = AuditLog::forRecord(*db, type->table, other.value());
        REQUIRE_OK(trail);
        QStringList actions;
        for (const AuditEntry &e : trail.value()) {
            actions << e.action;
        }
        CHECK(actions.contains(QStringLiteral("insert")));
        CHECK(actions.contains(QStringLiteral("delete")));
        CHECK(actions.contains(QStringLiteral("restore")));
    }
}

TEST_CASE("Lists filter by year, quarter and kind", "[ledger]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("q.db")));
    RecordRepository repo(*db);
    const RecordType &type = LedgerTypes::meeting();
    auto add = [&](const QString &kind, QDate day) {
        Record r;
        r.values = sampleValues(type);
        r.values.insert(QStringLiteral("kind"), kind);
        r.values.insert(QStringLiteral("held_on"), day);
        REQUIRE_OK(repo.insert(type, r));
    };
    add(QStringLiteral("representatives"), QDate(2024, 3, 31)); // last day of Q1
    add(QStringLiteral("representatives"), QDate(2024, 4, 1));  // first day of Q2
    add(QStringLiteral("consultation"), QDate(2024, 2, 29));
    add(QStringLiteral("consultation"), QDate(2023, 12, 31));
    auto count = [&](int year, int quarter, const QString &kind) {
        RecordQuery q;
        q.year = year;
        q.quarter = quarter;
        q.kind = kind;
        return repo.list(type, q).value().size();
    };
    CHECK(count(2024, 0, {}) == 3);
    CHECK(count(2024, 1, {}) == 2);
    CHECK(count(2024, 2, {}) == 1);
    CHECK(count(2024, 1, QStringLiteral("consultation")) == 1);
    CHECK(count(2023, 4, {}) == 1);
    CHECK(count(0, 0, QStringLiteral("representatives")) == 2);
}

TEST_CASE("Attachments are stored once by content hash; a missing copy is reported", "[ledger]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("att.db")));
    const QString photo = dir.path(QStringLiteral("公开栏.jpg"));
    testing::writeFile(photo,
                       QByteArray("not really a jpeg, but bytes all the same").repeated(100));
    Attachments attachments(*db);
    auto first = attachments.add(QStringLiteral("disclosure"), 1, photo);
    REQUIRE_OK(first);
    auto again = attachments.add(QStringLiteral("disclosure"), 2, photo);
    REQUIRE_OK(again);
    CHECK(first->storedPath == again->storedPath);
    CHECK(first->storedPath.endsWith(first->sha256));
    CHECK(testing::fileBytes(first->storedPath) == testing::fileBytes(photo));
    auto listed = attachments.list(QStringLiteral("disclosure"), 1).value();
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().fileName == QStringLiteral("公开栏.jpg"));
    CHECK(listed.first().present);

    REQUIRE(QFile::remove(first->storedPath));
    listed = attachments.list(QStringLiteral("disclosure"), 1).value();
    REQUIRE(listed.size() == 1);
    CHECK_FALSE(listed.first().present); // reported, not fatal

    CHECK(attachments.add(QStringLiteral("disclosure"), 1, dir.path(QStringLiteral("nope.jpg")))
              .error()
              .kind == Error::Kind::NotFound);
}

TEST_CASE("Records link to measures and checklist items", "[ledger]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("links.db")));
    RecordLinks links(*db);
    auto candidates = links.candidates();
    REQUIRE_OK(candidates);
    CHECK(candidates->size() == 25 + 27);
    QList<RecordLink> chosen;
    for (const RecordLink &c : candidates.value()) {
        if ((c.targetTable == QLatin1String("measure") && c.number == 19) ||
            (c.targetTable == QLatin1String("duty_item") && c.number == 7)) {
            chosen << c;
        }
    }
    REQUIRE(chosen.size() == 2);
    REQUIRE_OK(links.set(QStringLiteral("meeting"), 5, chosen));
    auto stored = links.list(QStringLiteral("meeting"), 5).value();
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].targetTable == QStringLiteral("measure"));
    CHECK(stored[0].text.startsWith(QStringLiteral("各村 (居) 每季度至少召开2次协商会议")));
    CHECK(stored[1].text == QStringLiteral("协助开展消防宣传教育"));
    REQUIRE_OK(links.set(QStringLiteral("meeting"), 5, {}));
    CHECK(links.list(QStringLiteral("meeting"), 5).value().isEmpty());
}
