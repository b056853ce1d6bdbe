// Moving the data folder (core/storage/DataFolderMove) and where the app looks for its
// data afterwards (AppInfo). Tests run as root in CI, where permission bits stop nothing,
// so unwritable targets are paths under a regular file or under /proc.

#include "TestSupport.h"

#include "common/AppInfo.h"
#include "common/AppSettings.h"
#include "ledger/Attachments.h"
#include "storage/Backup.h"
#include "storage/DataFolderMove.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace committee;

namespace {

// The clerk's set-up before a move: settings naming `old/` as the data folder, the
// database open in it with the official lists, two earlier backups and a photo attached
// to a meeting beside it.
struct MoveFixture {
    testing::Scratch dir;
    QString oldFolder = dir.path(QStringLiteral("old"));
    AppSettings settings{dir.path(QStringLiteral("settings.ini"))};
    std::unique_ptr<Database> db;
    QString attachment;     // the stored copy, relative to the data folder
    QString halfAttachment; // what a power cut leaves of one being stored

    MoveFixture()
    {
        settings.setDataFolder(oldFolder);
        db = testing::openSeeded(AppInfo::defaultDatabasePath(settings));
        testing::writeFile(dir.path(QStringLiteral("公示栏.jpg")), QByteArray(5000, 'j'));
        auto added = Attachments(*db).add(QStringLiteral("meeting"), 1,
                                          dir.path(QStringLiteral("公示栏.jpg")));
        REQUIRE_OK(added);
        attachment = QDir(oldFolder).relativeFilePath(added->storedPath);
        REQUIRE(attachment.startsWith(QStringLiteral("attachments/")));
        halfAttachment = QFileInfo(attachment).path() + QStringLiteral("/x.tmp");
        testing::writeFile(QDir(oldFolder).filePath(halfAttachment), "half");
        REQUIRE(QDir().mkpath(oldFolder + QStringLiteral("/backups")));
        testing::writeFile(oldFolder + QStringLiteral("/backups/committee-v1-before-update.db"),
                           "first backup");
        testing::writeFile(oldFolder + QStringLiteral("/backups/committee-v2-before-update.db"),
                           QByteArray(70000, 'b'));
        // An interrupted copy is not a backup and must not travel.
        testing::writeFile(oldFolder + QStringLiteral("/backups/broken.db.part"), "half");
    }
};

QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files.append(QDir(folder).relativeFilePath(it.next()));
    }
    files.sort();
    return files;
}

void execRaw(const QString &path, const QString &statement)
{
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(statement));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

TEST_CASE("The data folder follows the setting", "[install][datafolder]")
{
    testing::Scratch dir;
    AppSettings settings(dir.path(QStringLiteral("settings.ini")));
    CHECK(AppInfo::dataFolder(settings) == AppInfo::standardDataFolder());
    CHECK(AppInfo::defaultDatabasePath(settings) ==
          QDir(AppInfo::standardDataFolder()).filePath(QStringLiteral("committee.db")));

    settings.setDataFolder(dir.path(QStringLiteral("elsewhere")));
    CHECK(AppInfo::dataFolder(settings) == dir.path(QStringLiteral("elsewhere")));
    CHECK(AppInfo::defaultDatabasePath(settings) ==
          dir.path(QStringLiteral("elsewhere/committee.db")));
}

TEST_CASE("The command-line tool finds the moved data folder through the settings",
          "[install][datafolder]")
{
    // The tool reads the platform's settings store; a private XDG_CONFIG_HOME holds one
    // written the way the app writes it, so no developer's settings are touched.
    testing::Scratch dir;
    const QString config = dir.path(QStringLiteral("config"));
    const QString moved = dir.path(QStringLiteral("moved data"));
    {
        AppSettings written(config + QStringLiteral("/CommitteeDesk/committee-desk.conf"));
        written.setDataFolder(moved);
        REQUIRE(written.sync());
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(CLI_PATH), {QStringLiteral("init")});
    REQUIRE(cli.waitForFinished(60000));
    INFO(cli.readAllStandardError().toStdString());
    CHECK(cli.exitCode() == 0);
    CHECK(QString::fromUtf8(cli.readAllStandardOutput())
              .contains(QDir::toNativeSeparators(moved + QStringLiteral("/committee.db"))));
    CHECK(QFileInfo::exists(moved + QStringLiteral("/committee.db")));
}

TEST_CASE("Moving the data copies the database and backups, checks them, and records the folder",
          "[install][datafolder]")
{
    MoveFixture f;
    const qint64 duties =
        Sql::scalar(*f.db, QStringLiteral("SELECT count(*) FROM duty_item")).value().toLongLong();
    REQUIRE(duties == 27);
    const QString target = f.dir.path(QStringLiteral("new place/数据"));

    auto moved = DataFolderMove::moveTo(*f.db, target, f.settings);
    REQUIRE_OK(moved);
    CHECK(moved->folder == target);
    CHECK(moved->databasePath == target + QStringLiteral("/committee.db"));
    CHECK(moved->backupFiles == 2);
    CHECK(moved->attachments == 1);
    CHECK(moved->tables > 5);
    CHECK(moved->rows >= duties);

    // Recorded: the app opens the new folder from now on, and remembers the old one.
    CHECK(f.settings.dataFolder() == target);
    CHECK(f.settings.previousDataFolder() == QFileInfo(f.oldFolder).canonicalFilePath());
    CHECK(AppInfo::defaultDatabasePath(f.settings) == moved->databasePath);
    AppSettings reread(f.dir.path(QStringLiteral("settings.ini")));
    CHECK(reread.dataFolder() == target);

    // The copy: complete, with backups and attachments byte for byte, nothing half-written.
    CHECK(filesUnder(target) == QStringList{f.attachment,
                                            QStringLiteral("backups/committee-v1-before-update.db"),
                                            QStringLiteral("backups/committee-v2-before-update.db"),
                                            QStringLiteral("committee.db")});
    CHECK(testing::fileBytes(target + QLatin1Char('/') + f.attachment) == QByteArray(5000, 'j'));
    CHECK(testing::fileBytes(target + QStringLiteral("/backups/committee-v2-before-update.db")) ==
          QByteArray(70000, 'b'));
    CHECK(Backup::verify(moved->databasePath).ok());
    REQUIRE_OK(DataFolderMove::verifyCopy(*f.db, moved->databasePath));

    // The old folder is untouched and the old database still open and usable.
    CHECK(QFile::exists(f.oldFolder + QStringLiteral("/committee.db")));
    CHECK(QFile::exists(f.oldFolder + QStringLiteral("/backups/committee-v1-before-update.db")));
    CHECK(Sql::scalar(*f.db, QStringLiteral("SELECT count(*) FROM duty_item")).value().toInt() ==
          27);

    // And the copy opens as the clerk's database.
    f.db.reset();
    auto reopened = Database::open(AppInfo::defaultDatabasePath(f.settings));
    REQUIRE_OK(reopened);
    CHECK(Sql::scalar(*reopened.value(), QStringLiteral("SELECT count(*) FROM duty_item"))
              .value()
              .toInt() == 27);
    // The attachment is found in its new place.
    auto attachments = Attachments(*reopened.value()).list(QStringLiteral("meeting"), 1);
    REQUIRE_OK(attachments);
    REQUIRE(attachments->size() == 1);
    CHECK(attachments->first().present);
    CHECK(attachments->first().storedPath.startsWith(target));
}

TEST_CASE("A move into a folder that cannot be written records nothing", "[install][datafolder]")
{
    MoveFixture f;
    testing::writeFile(f.dir.path(QStringLiteral("plainfile")), "not a folder");
    REQUIRE(f.settings.sync());
    const QByteArray before = testing::fileBytes(f.dir.path(QStringLiteral("settings.ini")));

    QString target;
    SECTION("a folder under a regular file")
    {
        target = f.dir.path(QStringLiteral("plainfile/data"));
    }
    SECTION("a folder in /proc, where nobody can create anything")
    {
        if (!QFileInfo(QStringLiteral("/proc/self")).isDir()) {
            SUCCEED("no /proc on this system");
            return;
        }
        target = QStringLiteral("/proc/committee-desk-test/data");
    }
    auto moved = DataFolderMove::moveTo(*f.db, target, f.settings);
    REQUIRE_FALSE(moved.ok());
    CHECK(moved.error().kind == Error::Kind::Io);
    CHECK(moved.error().message.contains(QDir::toNativeSeparators(target)));
    CHECK(moved.error().message.contains(QStringLiteral("Cannot create the folder")));

    CHECK(f.settings.dataFolder() == f.oldFolder);
    CHECK(f.settings.previousDataFolder().isEmpty());
    f.settings.sync();
    CHECK(testing::fileBytes(f.dir.path(QStringLiteral("settings.ini"))) == before);
    CHECK(testing::fileBytes(f.dir.path(QStringLiteral("plainfile"))) == "not a folder");
}

TEST_CASE("A move onto a file, or into a folder with a database, is refused",
          "[install][datafolder]")
{
    MoveFixture f;

    SECTION("the target is a file")
    {
        testing::writeFile(f.dir.path(QStringLiteral("a file")), "x");
        auto moved =
            DataFolderMove::moveTo(*f.db, f.dir.path(QStringLiteral("a file")), f.settings);
        REQUIRE_FALSE(moved.ok());
        CHECK(moved.error().kind == Error::Kind::Io);
        CHECK(moved.error().message.contains(QStringLiteral("is a file, not a folder")));
    }
    SECTION("the target holds another committee's database, which is left alone")
    {
        const QString other = f.dir.path(QStringLiteral("other"));
        REQUIRE(QDir().mkpath(other));
        testing::writeFile(other + QStringLiteral("/committee.db"), "someone else's");
        auto moved = DataFolderMove::moveTo(*f.db, other, f.settings);
        REQUIRE_FALSE(moved.ok());
        CHECK(moved.error().kind == Error::Kind::Conflict);
        CHECK(testing::fileBytes(other + QStringLiteral("/committee.db")) == "someone else's");
        CHECK(filesUnder(other) == QStringList{QStringLiteral("committee.db")});
    }
    SECTION("the target is the data folder itself, or its backups")
    {
        CHECK(DataFolderMove::moveTo(*f.db, f.oldFolder, f.settings).error().kind ==
              Error::Kind::Invalid);
        CHECK(DataFolderMove::moveTo(*f.db, f.oldFolder + QStringLiteral("/backups/x"), f.settings)
                  .error()
                  .kind == Error::Kind::Invalid);
    }
    SECTION("the open file is not the clerk's database (a demo)")
    {
        auto demo = testing::openSeeded(f.dir.path(QStringLiteral("old/demo.db")));
        auto moved =
            DataFolderMove::moveTo(*demo, f.dir.path(QStringLiteral("elsewhere")), f.settings);
        REQUIRE_FALSE(moved.ok());
        CHECK(moved.error().kind == Error::Kind::Invalid);
        CHECK_FALSE(QFileInfo::exists(f.dir.path(QStringLiteral("elsewhere"))));
    }
    CHECK(f.settings.dataFolder() == f.oldFolder);
    CHECK(f.settings.previousDataFolder().isEmpty());
}

TEST_CASE("The check of a copy finds a missing row", "[install][datafolder]")
{
    MoveFixture f;
    const QString copy = f.dir.path(QStringLiteral("copy.db"));
    REQUIRE_OK(Backup::copyTo(*f.db, copy));
    REQUIRE_OK(DataFolderMove::verifyCopy(*f.db, copy));

    execRaw(copy, QStringLiteral("DELETE FROM member"));
    execRaw(copy,
            QStringLiteral("DELETE FROM duty_item WHERE id = (SELECT max(id) FROM duty_item)"));
    auto checked = DataFolderMove::verifyCopy(*f.db, copy);
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.error().kind == Error::Kind::Corrupt);
    CHECK(checked.error().message.contains(QStringLiteral("duty_item")));
    CHECK(checked.error().message.contains(QStringLiteral("26 rows instead of 27")));
}

TEST_CASE("Deleting the old folder removes only Committee Desk's files", "[install][datafolder]")
{
    MoveFixture f;
    auto moved = DataFolderMove::moveTo(*f.db, f.dir.path(QStringLiteral("new")), f.settings);
    REQUIRE_OK(moved);

    SECTION("not while the old database is open")
    {
        auto removed = DataFolderMove::removePreviousFolder(f.settings);
        REQUIRE_FALSE(removed.ok());
        CHECK(removed.error().kind == Error::Kind::Locked);
        CHECK(QFile::exists(f.oldFolder + QStringLiteral("/committee.db")));
        CHECK_FALSE(f.settings.previousDataFolder().isEmpty()); // asked again next time
    }
    SECTION("a folder with only our files goes altogether")
    {
        f.db.reset();
        QFile::remove(QDir(f.oldFolder).filePath(f.halfAttachment));
        auto removed = DataFolderMove::removePreviousFolder(f.settings);
        REQUIRE_OK(removed);
        CHECK(removed.value());
        CHECK_FALSE(QFileInfo::exists(f.oldFolder));
        CHECK(f.settings.previousDataFolder().isEmpty());
    }
    SECTION("the clerk's own files stay, and so does the folder")
    {
        f.db.reset();
        testing::writeFile(f.oldFolder + QStringLiteral("/会议记录.docx"), "minutes");
        testing::writeFile(f.oldFolder + QStringLiteral("/backups/readme.txt"), "mine");
        auto removed = DataFolderMove::removePreviousFolder(f.settings);
        REQUIRE_OK(removed);
        CHECK_FALSE(removed.value());
        // The half-stored attachment stays too: not named by a hash, it cannot be told apart
        // from something the clerk put there.
        CHECK(filesUnder(f.oldFolder) == QStringList{f.halfAttachment,
                                                     QStringLiteral("backups/readme.txt"),
                                                     QStringLiteral("会议记录.docx")});
    }
    // The new folder is never touched.
    CHECK(QFile::exists(moved->databasePath));
    CHECK(Backup::verify(moved->databasePath).ok());
    CHECK(filesUnder(moved->folder).size() == 4);
}

TEST_CASE("Moving back to the standard place clears the setting", "[install][datafolder]")
{
    testing::Scratch dir;
    AppSettings settings(dir.path(QStringLiteral("settings.ini")));
    const QString standard = AppInfo::standardDataFolder();
    // The test-mode standard folder (under ~/.qttest) belongs to the tests; only this test
    // puts a committee.db there, and it removes it again at the end.
    const auto clearStandard = [&standard] {
        for (const QString &name :
             {QStringLiteral("committee.db"), QStringLiteral("committee.db-wal"),
              QStringLiteral("committee.db-shm")}) {
            QFile::remove(standard + QLatin1Char('/') + name);
        }
    };
    clearStandard();
    settings.setDataFolder(dir.path(QStringLiteral("moved")));
    {
        auto db = testing::openSeeded(AppInfo::defaultDatabasePath(settings));
        REQUIRE_OK(DataFolderMove::moveTo(*db, standard, settings));
    }
    CHECK(settings.dataFolder().isEmpty());
    CHECK(AppInfo::defaultDatabasePath(settings) == standard + QStringLiteral("/committee.db"));
    REQUIRE_OK(DataFolderMove::removePreviousFolder(settings));
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("moved"))));
    clearStandard();
}
