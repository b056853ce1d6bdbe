// Backup folders go along when the clerk moves the data folder.

#include "BackupTestSupport.h"

#include "backup/AutomaticBackup.h"
#include "backup/BackupJob.h"
#include "common/AppSettings.h"
#include "storage/DataFolderMove.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace committee;

TEST_CASE("Moving the data folder carries whole backup folders and removes them from the old "
          "place",
          "[backup][datafolder]")
{
    testing::ClerkData data;
    AppSettings settings(data.dir.path(QStringLiteral("settings.ini")));
    settings.setDataFolder(data.folder);
    const QDateTime when(QDate(2026, 11, 20), QTime(18, 0, 0));
    auto set = BackupJob::run(*data.db, AutomaticBackup::target(*data.db, when),
                              BackupSet::Kind::Automatic, when);
    REQUIRE_OK(set);
    const QString name = QFileInfo(set->path).fileName();
    const QString unfinished =
        AutomaticBackup::folder(*data.db) + QStringLiteral("/committee-20261121-180000-auto.part");
    REQUIRE(QDir().mkpath(unfinished));
    testing::writeFile(unfinished + QStringLiteral("/committee.db"), "half");

    const QString target = data.dir.path(QStringLiteral("new"));
    auto moved = DataFolderMove::moveTo(*data.db, target, settings);
    REQUIRE_OK(moved);
    CHECK(testing::entriesOf(target + QStringLiteral("/backups")) == QStringList{name});
    auto copied = BackupSet::read(target + QStringLiteral("/backups/") + name);
    REQUIRE_OK(copied);
    REQUIRE_OK(BackupSet::check(copied.value()));

    data.close();
    auto removed = DataFolderMove::removePreviousFolder(settings);
    REQUIRE_OK(removed);
    // Everything there was the app's own, the unfinished backup too: the old folder is gone.
    CHECK(removed.value());
    CHECK_FALSE(QFileInfo::exists(data.folder));
}
