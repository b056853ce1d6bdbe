// committee-desk-cli backup and restore.

#include "BackupTestSupport.h"

#include "storage/Sql.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>

using namespace committee;
using testing::ClerkData;

namespace {

void checkOneLineError(const testing::CliRun &run)
{
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.startsWith(QStringLiteral("committee-desk-cli: ")));
    CHECK(run.err.count(QLatin1Char('\n')) == 1);
    CHECK(run.out.isEmpty());
}

} // namespace

TEST_CASE("CLI: backup and restore", "[cli][backup]")
{
    ClerkData data;
    const QStringList before = testing::dumpTables(*data.db);
    // The app may keep the database open: the backup reads it through SQLite.
    const QString stick = data.dir.path(QStringLiteral("stick"));
    REQUIRE(QDir().mkpath(stick));
    auto backup = testing::runCli({QStringLiteral("--db"), data.path, QStringLiteral("backup"),
                                   QStringLiteral("--out"), stick});
    INFO(backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    const QStringList made = testing::entriesOf(stick);
    REQUIRE(made.size() == 1);
    CHECK(made.first().endsWith(QStringLiteral("-manual")));
    const QString set = stick + QLatin1Char('/') + made.first();
    CHECK(backup.out.contains(QDir::toNativeSeparators(set)));
    CHECK(backup.out.contains(QStringLiteral("Meetings: ")));

    // A path that does not exist yet is the backup folder itself.
    const QString named = data.dir.path(QStringLiteral("named-backup"));
    REQUIRE(testing::runCli({QStringLiteral("--db"), data.path, QStringLiteral("backup"),
                             QStringLiteral("--out"), named})
                .exitCode == 0);
    CHECK(QFileInfo::exists(named + QStringLiteral("/manifest.json")));

    REQUIRE_OK(Sql::exec(*data.db, QStringLiteral("UPDATE committee SET name = '别的'")));

    SECTION("restore is refused while the database is open")
    {
        checkOneLineError(
            testing::runCli({QStringLiteral("--db"), data.path, QStringLiteral("restore"), set}));
    }
    SECTION("restore replaces the database and keeps the one it replaced")
    {
        data.close();
        auto restore =
            testing::runCli({QStringLiteral("--db"), data.path, QStringLiteral("restore"), set});
        INFO(restore.err.toStdString());
        REQUIRE(restore.exitCode == 0);
        CHECK(restore.out.contains(QStringLiteral("Restored ")));
        CHECK(restore.out.contains(QStringLiteral("-before-restore")));
        CHECK(restore.out.contains(QStringLiteral("It replaced: Members: ")));
        data.reopen();
        CHECK(testing::dumpTables(*data.db) == before);
    }
}

TEST_CASE("CLI: backup and restore fail with one clear line", "[cli][backup]")
{
    ClerkData data;
    data.close();
    const QString db = data.path;
    testing::writeFile(data.dir.path(QStringLiteral("a-file")), "x");

    // A target below a file: nothing can be written there.
    checkOneLineError(
        testing::runCli({QStringLiteral("--db"), db, QStringLiteral("backup"),
                         QStringLiteral("--out"), data.dir.path(QStringLiteral("a-file/backup"))}));
    // Not a backup, and no backup at all.
    checkOneLineError(testing::runCli({QStringLiteral("--db"), db, QStringLiteral("restore"),
                                       data.dir.path(QStringLiteral("data"))}));
    checkOneLineError(testing::runCli({QStringLiteral("--db"), db, QStringLiteral("restore"),
                                       data.dir.path(QStringLiteral("nothing-here"))}));
    // A database that does not exist is not backed up (nor created).
    checkOneLineError(
        testing::runCli({QStringLiteral("--db"), data.dir.path(QStringLiteral("missing.db")),
                         QStringLiteral("backup")}));
    CHECK_FALSE(QFileInfo::exists(data.dir.path(QStringLiteral("missing.db"))));
    // Wrong command lines exit 2.
    CHECK(testing::runCli({QStringLiteral("--db"), db, QStringLiteral("restore")}).exitCode == 2);
    CHECK(testing::runCli(
              {QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("extra")})
              .exitCode == 2);
}
