#include "TestSupport.h"

#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace committee;

namespace {
QVariant pragma(Database &db, const QString &name)
{
    auto v = Sql::scalar(db, QStringLiteral("PRAGMA ") + name);
    REQUIRE(v.ok());
    return v.value();
}

// Changes a file behind the app's back, as another program or a newer version would.
void setUserVersion(const QString &path, int version)
{
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}
} // namespace

TEST_CASE("A new database is created with the safety pragmas in force", "[storage]")
{
    testing::Scratch dir;
    auto db = Database::open(dir.path(QStringLiteral("new/committee.db")));
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == Migrations::latestVersion());
    CHECK(pragma(*db.value(), QStringLiteral("foreign_keys")).toInt() == 1);
    CHECK(pragma(*db.value(), QStringLiteral("journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(db.value()->journalMode() == QStringLiteral("wal"));
    CHECK(pragma(*db.value(), QStringLiteral("synchronous")).toInt() == 2); // FULL
    CHECK(pragma(*db.value(), QStringLiteral("busy_timeout")).toInt() == 5000);
    CHECK(db.value()->migrationBackupPath().isEmpty()); // nothing to back up in a new file
}

TEST_CASE("A second instance on the same file is refused while the first holds it", "[storage]")
{
    testing::Scratch dir;
    const QString path = dir.path(QStringLiteral("c.db"));
    auto first = Database::open(path);
    REQUIRE(first.ok());
    auto second = Database::open(path);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().kind == Error::Kind::Locked);
    CHECK(second.error().message.contains(QStringLiteral("already open")));
    first.value().reset();
    auto third = Database::open(path);
    CHECK(third.ok());
}

TEST_CASE("Damaged files are refused and left byte for byte as they were", "[storage]")
{
    testing::Scratch dir;
    const QString path = dir.path(QStringLiteral("damaged.db"));
    {
        auto db = testing::openSeeded(path);
        // Fold the WAL into the main file so truncating it cuts real pages.
        REQUIRE(Sql::exec(*db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    }
    const QByteArray good = testing::fileBytes(path);
    REQUIRE(good.size() > 8192);

    QByteArray damaged;
    SECTION("random bytes")
    {
        damaged = QByteArray(8192, '\0');
        for (int i = 0; i < damaged.size(); ++i) {
            damaged[i] = char((i * 7919 + 13) % 251);
        }
    }
    SECTION("truncated to half")
    {
        damaged = good.left(good.size() / 2);
    }
    SECTION("wrong header")
    {
        damaged = good;
        damaged.replace(0, 6, "XQLite");
    }
    testing::writeFile(path, damaged);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));

    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == Error::Kind::Corrupt);
    CHECK(db.error().message.contains(QStringLiteral("damaged.db")));
    CHECK(testing::fileBytes(path) == damaged);
}

TEST_CASE("A database from a newer version is refused untouched", "[storage]")
{
    testing::Scratch dir;
    const QString path = dir.path(QStringLiteral("newer.db"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
    }
    setUserVersion(path, Migrations::latestVersion() + 1);
    const QByteArray before = testing::fileBytes(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == Error::Kind::TooNew);
    CHECK(db.error().message.contains(QString::number(Migrations::latestVersion() + 1)));
    CHECK(testing::fileBytes(path) == before);
}

TEST_CASE("An uncommitted transaction leaves nothing behind; savepoints nest", "[storage]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("tx.db")));
    auto count = [&] {
        return Sql::scalar(*db, QStringLiteral("SELECT count(*) FROM member")).value().toInt();
    };
    const QString insert =
        QStringLiteral("INSERT INTO committee (id, name, kind) VALUES (1, '测试', 'village')");
    {
        Transaction tx(*db);
        REQUIRE(tx.isActive());
        REQUIRE(Sql::exec(*db, insert).ok());
        REQUIRE(Sql::exec(*db, QStringLiteral("INSERT INTO member (name) VALUES ('甲')")).ok());
        // no commit: the guard rolls back
    }
    CHECK(count() == 0);
    CHECK(Sql::scalar(*db, QStringLiteral("SELECT count(*) FROM committee")).value().toInt() == 0);

    {
        Transaction outer(*db);
        REQUIRE(Sql::exec(*db, insert).ok());
        {
            Transaction inner(*db);
            REQUIRE(Sql::exec(*db, QStringLiteral("INSERT INTO member (name) VALUES ('乙')")).ok());
        } // inner rolled back alone
        REQUIRE(Sql::exec(*db, QStringLiteral("INSERT INTO member (name) VALUES ('丙')")).ok());
        REQUIRE(outer.commit().ok());
    }
    CHECK(count() == 1);
    CHECK(Sql::scalar(*db, QStringLiteral("SELECT name FROM member")).value().toString() ==
          QStringLiteral("丙"));
    CHECK(db->transactionDepth() == 0);
}

TEST_CASE("A backup copy is complete and verified", "[storage][backup]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("live.db")));
    auto copy = Backup::copyTo(*db, dir.path(QStringLiteral("copies/one.db")));
    REQUIRE(copy.ok());
    CHECK_FALSE(QFile::exists(copy.value() + QStringLiteral(".part")));
    CHECK(Backup::verify(copy.value()).ok());
    auto restored = Database::open(copy.value());
    REQUIRE(restored.ok());
    CHECK(Sql::scalar(*restored.value(), QStringLiteral("SELECT count(*) FROM duty_item"))
              .value()
              .toInt() == 27);
}

TEST_CASE("A backup into a folder that cannot exist fails cleanly", "[storage][backup]")
{
    testing::Scratch dir;
    auto db = testing::openSeeded(dir.path(QStringLiteral("live.db")));
    testing::writeFile(dir.path(QStringLiteral("plainfile")), "x");
    auto copy = Backup::copyTo(*db, dir.path(QStringLiteral("plainfile/sub/copy.db")));
    REQUIRE_FALSE(copy.ok());
    CHECK(copy.error().kind == Error::Kind::Io);
}
