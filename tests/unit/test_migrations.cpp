#include "TestSupport.h"

#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace committee;

namespace {

// The schema as SQLite stores it, so two databases can be compared object by object.
QStringList schemaOf(Database &db)
{
    auto q = Sql::exec(db, QStringLiteral("SELECT type || ' ' || name || ': ' || "
                                          "replace(replace(sql, char(10), ' '), '  ', ' ') "
                                          "FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                                          "ORDER BY type, name"));
    REQUIRE(q.ok());
    QStringList objects;
    while (q->next()) {
        objects << q->value(0).toString().simplified();
    }
    return objects;
}

QString copyFixture(const testing::Scratch &dir, const QString &name)
{
    const QString target = dir.path(name);
    REQUIRE(QFile::copy(testing::dataFile(name), target));
    QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

} // namespace

// Writes tests/data/schema-vN.db for every earlier version N as that version of the app
// left it: its schema, a committee with members and a small official edition (and, from
// version 2, an audit entry). Run by hand when a new version is added:
//   build/dev/bin/test_core "[.fixtures]"
TEST_CASE("Generate the fixtures of every earlier version", "[.fixtures]")
{
    const int version = GENERATE(range(1, Migrations::latestVersion()));
    const QString path = testing::dataFile(QStringLiteral("schema-v%1.db").arg(version));
    QFile::remove(path);
    OpenOptions options;
    options.migrate = false;
    options.lock = false;
    auto db = Database::open(path, options);
    REQUIRE(db.ok());
    REQUIRE(Migrations::migrate(*db.value(), version).ok());
    QStringList statements = {
        QStringLiteral("INSERT INTO committee VALUES (1, '旧版测试村民委员会', 'village', '旧镇', "
                       "'渝北区', '2021-12-01', '2026-11-30', '赵会计', '13900000009')"),
        QStringLiteral("INSERT INTO member (name, role, phone, position) VALUES ('赵一', '主任', "
                       "'13900000001', 1), ('钱二', '委员', '', 2)"),
        QStringLiteral("INSERT INTO edition (kind, title, doc_number, issuer, issued_on, year, "
                       "is_official, is_current, created_at) VALUES ('duties', '测试清单', "
                       "'测〔2021〕1号', '测试局', '', 2021, 1, 1, '2023-01-01T00:00:00')"),
        QStringLiteral(
            "INSERT INTO duty_item (edition_id, position, number, name, content, basis, "
            "department, official) VALUES (1, 1, 1, '协助做好测试工作', '内容', "
            "'[\"《测试条例》第一条\"]', '测试部门', '{\"name\":\"协助做好测试工作\"}')"),
    };
    if (version >= 2) {
        statements << QStringLiteral(
            "INSERT INTO audit_log (at, actor, table_name, record_id, action, "
            "field, old_value, new_value) VALUES ('2024-01-01T09:00:00', "
            "'clerk', 'member', 1, 'update', 'role', '委员', '主任')");
    }
    if (version >= 3) {
        statements << QStringLiteral(
            "INSERT INTO meeting (created_at, kind, number, held_on, place, topic, members, "
            "present) VALUES ('2024-03-01T09:00:00', 'villagers', 1, '2024-03-05', '村委会', "
            "'旧版会议', 30, 25)");
    }
    statements << QStringLiteral("PRAGMA journal_mode = DELETE");
    for (const QString &s : statements) {
        INFO(s.toStdString());
        REQUIRE(Sql::exec(*db.value(), s).ok());
    }
}

TEST_CASE("Every earlier version migrates to the current schema with its data", "[migrations]")
{
    const int version = GENERATE(range(1, Migrations::latestVersion()));
    INFO("from version " << version);
    testing::Scratch dir;
    const QString path = copyFixture(dir, QStringLiteral("schema-v%1.db").arg(version));

    auto fresh = Database::open(dir.path(QStringLiteral("fresh.db")));
    REQUIRE(fresh.ok());
    const QStringList expectedSchema = schemaOf(*fresh.value());

    auto db = Database::open(path);
    INFO((db ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == Migrations::latestVersion());
    CHECK(schemaOf(*db.value()) == expectedSchema);

    // The clerk's data came through.
    CHECK(
        Sql::scalar(*db.value(), QStringLiteral("SELECT name FROM committee")).value().toString() ==
        QStringLiteral("旧版测试村民委员会"));
    CHECK(Sql::scalar(*db.value(), QStringLiteral("SELECT count(*) FROM member")).value().toInt() ==
          2);
    CHECK(Sql::scalar(*db.value(), QStringLiteral("SELECT basis FROM duty_item"))
              .value()
              .toString() == QStringLiteral("[\"《测试条例》第一条\"]"));

    // A verified copy of the old file was taken first.
    const QString backup = db.value()->migrationBackupPath();
    REQUIRE_FALSE(backup.isEmpty());
    CHECK(QFileInfo(backup).absolutePath() ==
          QDir(dir.path(QStringLiteral("backups"))).absolutePath());
    CHECK(Backup::verify(backup).ok());
    OpenOptions readOnly;
    readOnly.migrate = false;
    readOnly.lock = false;
    auto old = Database::open(backup, readOnly);
    REQUIRE(old.ok());
    CHECK(old.value()->schemaVersion() == version);
    if (version >= 2) {
        CHECK(Sql::scalar(*db.value(),
                          QStringLiteral("SELECT new_value FROM audit_log WHERE actor = 'clerk'"))
                  .value()
                  .toString() == QStringLiteral("主任"));
    }
    if (version >= 3) {
        CHECK(Sql::scalar(*db.value(), QStringLiteral("SELECT topic FROM meeting"))
                  .value()
                  .toString() == QStringLiteral("旧版会议"));
    }
    // Version 4 gave the committee an identity of its own.
    CHECK(Sql::scalar(*db.value(), QStringLiteral("SELECT length(uid) FROM committee"))
              .value()
              .toInt() == 32);
}

TEST_CASE("A migration that fails leaves the old version intact", "[migrations]")
{
    testing::Scratch dir;
    const QString path = copyFixture(dir, QStringLiteral("schema-v1.db"));
    {
        // Something in the way of step 2: a table with the name it wants to create.
        OpenOptions options;
        options.migrate = false;
        auto db = Database::open(path, options);
        REQUIRE(db.ok());
        REQUIRE(Sql::exec(*db.value(), QStringLiteral("CREATE TABLE audit_log (x)")).ok());
    }
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("version 2")));

    OpenOptions options;
    options.migrate = false;
    auto after = Database::open(path, options);
    REQUIRE(after.ok());
    CHECK(after.value()->schemaVersion() == 1);
    // Nothing of step 2 was left half-done.
    CHECK(Sql::scalar(*after.value(),
                      QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE "
                                     "'audit_log_%'"))
              .value()
              .toInt() == 0);
    CHECK(Sql::scalar(*after.value(), QStringLiteral("SELECT count(*) FROM member"))
              .value()
              .toInt() == 2);
}

TEST_CASE("Migration steps are numbered one after another", "[migrations]")
{
    int expected = 0;
    for (const Migrations::Step &step : Migrations::steps()) {
        CHECK(step.version == ++expected);
        CHECK_FALSE(step.statements.isEmpty());
    }
    CHECK(Migrations::latestVersion() == expected);
}
