// Making backups: the folder layout, the online copy, and failures that leave nothing.

#include "BackupTestSupport.h"

#include "backup/BackupJob.h"
#include "backup/BackupSet.h"
#include "ledger/Attachments.h"
#include "storage/Backup.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace committee;
using testing::ClerkData;

namespace {
const QDateTime kNow(QDate(2026, 11, 23), QTime(9, 30, 5));
}

TEST_CASE("A backup is a checked folder with the database, its attachments and a manifest",
          "[backup]")
{
    ClerkData data;
    const QString target = BackupJob::targetIn(data.dir.path(QStringLiteral("stick")), data.path,
                                               BackupSet::Kind::Manual, kNow);
    CHECK(QFileInfo(target).fileName() == QStringLiteral("committee-20261123-093005-manual"));

    BackupJob job(*data.db, target, BackupSet::Kind::Manual, kNow);
    REQUIRE_OK(job.start());
    int steps = 0;
    bool sawProgress = false;
    while (!job.finished()) {
        REQUIRE_OK(job.step());
        sawProgress = sawProgress || (job.progress() > 0.0 && job.progress() < 1.0);
        ++steps;
    }
    CHECK(steps > 3); // pages, then each of the two files, then the finish
    CHECK(sawProgress);
    CHECK(job.progress() == 1.0);
    CHECK(job.missingAttachments().isEmpty());

    CHECK(testing::entriesOf(data.dir.path(QStringLiteral("stick"))) ==
          QStringList{QStringLiteral("committee-20261123-093005-manual")});
    CHECK(testing::entriesOf(target) ==
          QStringList({QStringLiteral("attachments"), QStringLiteral("committee.db"),
                       QStringLiteral("manifest.json")}));
    for (const QString &hash : data.attachmentHashes) {
        CHECK(testing::fileBytes(
                  BackupSet::attachmentPath(target + QStringLiteral("/attachments"), hash)) ==
              testing::fileBytes(data.storeFile(hash)));
    }

    const QJsonObject manifest =
        QJsonDocument::fromJson(testing::fileBytes(target + QStringLiteral("/manifest.json")))
            .object();
    CHECK(manifest.value(QStringLiteral("format")).toInt() == 1);
    CHECK(manifest.value(QStringLiteral("kind")).toString() == QStringLiteral("manual"));
    CHECK(manifest.value(QStringLiteral("schemaVersion")).toInt() == data.db->schemaVersion());
    auto meetings = Sql::scalar(*data.db, QStringLiteral("SELECT count(*) FROM meeting WHERE "
                                                         "deleted_at IS NULL"));
    REQUIRE_OK(meetings);
    CHECK(manifest.value(QStringLiteral("records"))
              .toObject()
              .value(QStringLiteral("meeting"))
              .toInteger() == meetings->toLongLong());
    CHECK(manifest.value(QStringLiteral("attachments"))
              .toObject()
              .value(QStringLiteral("count"))
              .toInt() == 2);

    auto set = BackupSet::read(target);
    REQUIRE_OK(set);
    CHECK(set->created == kNow);
    CHECK(set->kind == BackupSet::Kind::Manual);
    REQUIRE_OK(BackupSet::check(set.value()));
    // The copy is a plain rollback-journal file that opens read-only on its own.
    CHECK(testing::fileBytes(set->databasePath).at(18) == 1);
}

TEST_CASE("Writes made between the steps of a backup are in the copy", "[backup]")
{
    ClerkData data;
    const QString target = data.dir.path(QStringLiteral("copy"));
    BackupJob job(*data.db, target, BackupSet::Kind::Manual, kNow);
    job.setPagesPerStep(8);
    REQUIRE_OK(job.start());
    REQUIRE_OK(job.step());
    REQUIRE(job.progress() < 0.5); // still copying the database
    REQUIRE_OK(Sql::exec(*data.db, QStringLiteral("UPDATE committee SET name = '新名字村'")));
    while (!job.finished()) {
        REQUIRE_OK(job.step());
    }
    auto set = BackupSet::read(target);
    REQUIRE_OK(set);
    REQUIRE_OK(BackupSet::check(set.value()));
    OpenOptions readOnly;
    readOnly.lock = false;
    readOnly.migrate = false;
    auto copy = Database::open(set->databasePath, readOnly);
    REQUIRE_OK(copy);
    CHECK(testing::dumpTables(*copy.value()) == testing::dumpTables(*data.db));
}

TEST_CASE("A file missing from the attachment store is named and the backup still made", "[backup]")
{
    ClerkData data;
    REQUIRE(QFile::remove(data.storeFile(data.attachmentHashes.first())));
    auto set =
        BackupJob::run(*data.db, data.dir.path(QStringLiteral("b")), BackupSet::Kind::Manual, kNow);
    REQUIRE_OK(set);
    CHECK(set->missingAttachments == QStringList{data.attachmentHashes.first()});
    // The backup knows it never had that file, so it still counts as good.
    CHECK(BackupSet::check(set.value()).ok());
}

TEST_CASE("A damaged backup fails its check and is passed over", "[backup]")
{
    ClerkData data;
    const QString folder = data.dir.path(QStringLiteral("backups"));
    auto older = BackupJob::run(
        *data.db, BackupJob::targetIn(folder, data.path, BackupSet::Kind::Automatic, kNow),
        BackupSet::Kind::Automatic, kNow);
    auto newer = BackupJob::run(
        *data.db,
        BackupJob::targetIn(folder, data.path, BackupSet::Kind::Automatic, kNow.addDays(1)),
        BackupSet::Kind::Automatic, kNow.addDays(1));
    REQUIRE_OK(older);
    REQUIRE_OK(newer);
    // An unfinished one and a stray file are not backups at all.
    REQUIRE(QDir().mkpath(folder + QStringLiteral("/committee-20261130-000000-auto.part")));
    testing::writeFile(folder + QStringLiteral("/notes.txt"), "x");
    CHECK(BackupCatalog::list(folder).size() == 2);
    {
        auto good = BackupCatalog::newestGood(folder);
        REQUIRE_OK(good);
        CHECK(good->path == newer->path);
    }

    SECTION("a changed byte in the database")
    {
        QFile file(newer->databasePath);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(file.size() - 10);
        file.write("!");
        file.close();
        auto check = BackupSet::check(newer.value());
        REQUIRE_FALSE(check.ok());
        CHECK(check.error().message.contains(QStringLiteral("checksum")));
    }
    SECTION("an attached file lost from the backup")
    {
        REQUIRE(QFile::remove(
            BackupSet::attachmentPath(newer->attachmentFolder(), data.attachmentHashes.last())));
        auto check = BackupSet::check(newer.value());
        REQUIRE_FALSE(check.ok());
        CHECK(check.error().message.contains(data.attachmentHashes.last().left(12)));
    }
    auto good = BackupCatalog::newestGood(folder);
    REQUIRE_OK(good);
    CHECK(good->path == older->path);
}

TEST_CASE("An existing target is refused and left alone", "[backup]")
{
    ClerkData data;
    const QString target = data.dir.path(QStringLiteral("taken"));
    REQUIRE(QDir().mkpath(target));
    testing::writeFile(target + QStringLiteral("/mine.txt"), "keep");
    BackupJob job(*data.db, target, BackupSet::Kind::Manual, kNow);
    auto s = job.start();
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind == Error::Kind::Conflict);
    CHECK(testing::entriesOf(target) == QStringList{QStringLiteral("mine.txt")});
}

TEST_CASE("A read-only target fails cleanly and leaves no file", "[backup][target]")
{
    ClerkData data;
    const QString stick = data.dir.path(QStringLiteral("write-protected"));
    testing::ReadOnlyFolder readOnly(stick);
    if (!readOnly.ok()) {
        WARN("No read-only folder can be made here; skipped.");
        return;
    }
    auto set =
        BackupJob::run(*data.db, stick + QStringLiteral("/backup"), BackupSet::Kind::Manual, kNow);
    REQUIRE_FALSE(set.ok());
    CHECK(set.error().message.contains(QStringLiteral("read-only")));
    CHECK(testing::entriesOf(stick).isEmpty());
}

TEST_CASE("A full target fails cleanly and leaves no file", "[backup][target]")
{
    ClerkData data;
    const QString stick = data.dir.path(QStringLiteral("stick"));
    REQUIRE(QDir().mkpath(stick));
    auto pages = Sql::scalar(*data.db, QStringLiteral("PRAGMA page_count"));
    REQUIRE_OK(pages);
    REQUIRE(pages->toLongLong() * 4096 > 64 * 1024);
    Result<BackupSet> set = makeError(Error::Kind::Generic, QString());
    {
        // The disk "fills" after 32 KB of any one file: the database copy stops halfway.
        testing::FileSizeLimit limit(32 * 1024);
        set = BackupJob::run(*data.db, stick + QStringLiteral("/backup"), BackupSet::Kind::Manual,
                             kNow);
    }
    REQUIRE_FALSE(set.ok());
    INFO(set.error().message.toStdString());
    CHECK(set.error().message.contains(QStringLiteral("full")));
    CHECK(testing::entriesOf(stick).isEmpty());
    // The database being backed up is unharmed.
    CHECK(Backup::verify(data.path).ok());
}

TEST_CASE("A stick pulled out during the backup is named as such", "[backup][target]")
{
    ClerkData data;
    const QString stick = data.dir.path(QStringLiteral("media/stick"));
    REQUIRE(QDir().mkpath(stick));
    BackupJob job(*data.db, stick + QStringLiteral("/backup"), BackupSet::Kind::Manual, kNow);
    job.setPagesPerStep(8);
    REQUIRE_OK(job.start());
    REQUIRE_OK(job.step());
    REQUIRE(job.progress() < 0.5);
    REQUIRE(QDir(stick).removeRecursively()); // the drive and everything on it is gone
    Status s;
    while (s && !job.finished()) {
        s = job.step();
    }
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("removed")));
    CHECK_FALSE(QFileInfo::exists(stick));
}

TEST_CASE("The single-file copy taken before an update uses the backup API too", "[backup]")
{
    ClerkData data;
    auto copy = Backup::copyTo(*data.db, data.dir.path(QStringLiteral("copies/one.db")));
    REQUIRE_OK(copy);
    REQUIRE_OK(Backup::verify(copy.value()));
    CHECK_FALSE(QFileInfo::exists(copy.value() + QStringLiteral(".part")));
    auto set = BackupSet::read(copy.value());
    REQUIRE_OK(set);
    CHECK(set->kind == BackupSet::Kind::SingleFile);
    REQUIRE_OK(BackupSet::check(set.value()));
}

TEST_CASE("A cancelled backup leaves nothing", "[backup]")
{
    ClerkData data;
    const QString stick = data.dir.path(QStringLiteral("stick"));
    BackupJob job(*data.db, stick + QStringLiteral("/backup"), BackupSet::Kind::Manual, kNow);
    job.setPagesPerStep(8);
    REQUIRE_OK(job.start());
    REQUIRE_OK(job.step());
    CHECK(testing::entriesOf(stick) == QStringList{QStringLiteral("backup.part")});
    job.cancel();
    CHECK(testing::entriesOf(stick).isEmpty());
    CHECK_FALSE(job.finished());
}

TEST_CASE("A large attached file is copied over several steps", "[backup]")
{
    ClerkData data;
    const QString scan = data.dir.path(QStringLiteral("扫描件.pdf"));
    QByteArray bytes(9 * 1024 * 1024 + 123, '\0');
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        bytes[i] = char(i % 253);
    }
    testing::writeFile(scan, bytes);
    auto meeting = Sql::scalar(*data.db, QStringLiteral("SELECT max(id) FROM meeting"));
    REQUIRE_OK(meeting);
    auto added = Attachments(*data.db).add(QStringLiteral("meeting"), meeting->toLongLong(), scan);
    REQUIRE_OK(added);

    const QString target = data.dir.path(QStringLiteral("big"));
    BackupJob job(*data.db, target, BackupSet::Kind::Manual, kNow);
    REQUIRE_OK(job.start());
    QList<double> progress;
    while (!job.finished()) {
        REQUIRE_OK(job.step());
        progress.append(job.progress());
    }
    // 4 MB a step: the scan alone takes three steps, and progress never goes back.
    CHECK(progress.size() >= 3 + 3);
    CHECK(std::is_sorted(progress.begin(), progress.end()));
    CHECK(testing::fileBytes(BackupSet::attachmentPath(target + QStringLiteral("/attachments"),
                                                       added->sha256)) == bytes);
}
