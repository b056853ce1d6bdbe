// Restoring: the round trip, a corrupt database, the safety copy, lost attachment files.

#include "BackupTestSupport.h"

#include "backup/AttachmentRecovery.h"
#include "backup/BackupJob.h"
#include "backup/Restore.h"
#include "storage/Backup.h"
#include "storage/DatabaseFile.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QRandomGenerator>

using namespace committee;
using testing::ClerkData;

namespace {

const QDateTime kBackupTime(QDate(2026, 11, 20), QTime(18, 0, 0));
const QDateTime kRestoreTime(QDate(2026, 11, 23), QTime(10, 15, 0));

BackupSet backUp(ClerkData &data)
{
    auto set = BackupJob::run(*data.db,
                              BackupJob::targetIn(Backup::defaultFolder(data.path), data.path,
                                                  BackupSet::Kind::Automatic, kBackupTime),
                              BackupSet::Kind::Automatic, kBackupTime);
    REQUIRE_OK(set);
    return set.value();
}

} // namespace

TEST_CASE("Backup and restore round trip: the same records and attached files", "[restore]")
{
    ClerkData data;
    const QStringList before = testing::dumpTables(*data.db);
    QList<QByteArray> files;
    for (const QString &hash : data.attachmentHashes) {
        files.append(testing::fileBytes(data.storeFile(hash)));
    }
    const BackupSet set = backUp(data);

    // Work goes on after the backup: a record changes, one is added, a file is lost.
    REQUIRE_OK(Sql::exec(*data.db, QStringLiteral("UPDATE committee SET name = '改过的名字'")));
    REQUIRE_OK(Sql::exec(*data.db, QStringLiteral("DELETE FROM record_link")));
    REQUIRE(QFile::remove(data.storeFile(data.attachmentHashes.first())));
    const QStringList changed = testing::dumpTables(*data.db);
    REQUIRE(changed != before);
    data.close();

    auto outcome = Restore::run(data.path, set, kRestoreTime);
    REQUIRE_OK(outcome);
    CHECK(outcome->attachmentsAdded == 1);
    CHECK(outcome->damagedKeptAt.isEmpty());
    CHECK(QFileInfo(outcome->safetyCopy).fileName() ==
          QStringLiteral("committee-20261123-101500-before-restore"));
    CHECK_FALSE(QFileInfo::exists(data.path + QStringLiteral(".restore-part")));

    data.reopen();
    CHECK(testing::dumpTables(*data.db) == before);
    for (int i = 0; i < data.attachmentHashes.size(); ++i) {
        CHECK(testing::fileBytes(data.storeFile(data.attachmentHashes.at(i))) == files.at(i));
    }

    // The safety copy holds the data as it was just before, and can itself be restored.
    auto safety = BackupSet::read(outcome->safetyCopy);
    REQUIRE_OK(safety);
    CHECK(safety->kind == BackupSet::Kind::BeforeRestore);
    REQUIRE_OK(BackupSet::check(safety.value()));
    data.close();
    REQUIRE_OK(Restore::run(data.path, safety.value(), kRestoreTime.addSecs(60)));
    data.reopen();
    CHECK(testing::dumpTables(*data.db) == changed);
}

TEST_CASE("Restoring over a corrupt database keeps the damaged file aside, unchanged", "[restore]")
{
    ClerkData data;
    const QStringList before = testing::dumpTables(*data.db);
    const BackupSet set = backUp(data);
    data.close();

    QByteArray damaged;
    SECTION("random bytes")
    {
        damaged.resize(64 * 1024);
        QRandomGenerator generator(7);
        for (char &c : damaged) {
            c = char(generator.bounded(256));
        }
    }
    SECTION("cut off while copying")
    {
        damaged = testing::fileBytes(data.path).left(8192);
    }
    SECTION("a wrong header")
    {
        damaged = testing::fileBytes(data.path);
        damaged.replace(0, 16, "Not a database!!");
    }
    testing::writeFile(data.path, damaged);
    REQUIRE_FALSE(DatabaseFile::inspect(data.path).ok());

    auto outcome = Restore::run(data.path, set, kRestoreTime);
    REQUIRE_OK(outcome);
    CHECK(outcome->safetyCopy.isEmpty());
    CHECK(QFileInfo(outcome->damagedKeptAt).fileName() ==
          QStringLiteral("committee-20261123-101500-damaged"));
    CHECK(testing::fileBytes(outcome->damagedKeptAt + QStringLiteral("/committee.db")) == damaged);
    data.reopen();
    CHECK(testing::dumpTables(*data.db) == before);
}

TEST_CASE("A bad backup or an open database is refused and nothing changes", "[restore]")
{
    ClerkData data;
    const BackupSet set = backUp(data);
    REQUIRE_OK(Sql::exec(*data.db, QStringLiteral("UPDATE committee SET name = '当前'")));
    const QStringList current = testing::dumpTables(*data.db);

    SECTION("the database is open in the app")
    {
        auto outcome = Restore::run(data.path, set, kRestoreTime);
        REQUIRE_FALSE(outcome.ok());
        CHECK(outcome.error().kind == Error::Kind::Locked);
    }
    SECTION("the backup was damaged since")
    {
        data.close();
        QFile file(set.databasePath);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(4096);
        file.write(QByteArray(4096, '\0'));
        file.close();
        auto outcome = Restore::run(data.path, set, kRestoreTime);
        REQUIRE_FALSE(outcome.ok());
        CHECK(outcome.error().message.contains(QStringLiteral("nothing was changed")));
        data.reopen();
    }
    CHECK(testing::dumpTables(*data.db) == current);
    const QStringList backups = testing::entriesOf(Backup::defaultFolder(data.path));
    CHECK(backups == QStringList{QFileInfo(set.path).fileName()});
}

TEST_CASE("Files lost from the attachment store are named and put back from a backup",
          "[restore][attachments]")
{
    ClerkData data;
    const QByteArray photo = testing::fileBytes(data.storeFile(data.attachmentHashes.first()));
    backUp(data);
    for (const QString &hash : data.attachmentHashes) {
        REQUIRE(QFile::remove(data.storeFile(hash)));
    }
    auto missing = AttachmentRecovery::missing(*data.db);
    REQUIRE_OK(missing);
    REQUIRE(missing->size() == 3); // one file is shared by two records
    const QString text = AttachmentRecovery::describe(missing.value());
    CHECK(text.contains(QStringLiteral("签到表.jpg")));
    CHECK(text.contains(QStringLiteral("公示照片.png")));
    CHECK(text.contains(QStringLiteral("Meeting #")));
    CHECK(text.contains(QStringLiteral("四议两公开 matter #")));

    auto still = AttachmentRecovery::recover(*data.db, Backup::defaultFolder(data.path));
    REQUIRE_OK(still);
    CHECK(still->isEmpty());
    CHECK(testing::fileBytes(data.storeFile(data.attachmentHashes.first())) == photo);
    auto after = AttachmentRecovery::missing(*data.db);
    REQUIRE_OK(after);
    CHECK(after->isEmpty());
}
