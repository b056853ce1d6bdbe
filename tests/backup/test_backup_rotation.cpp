// Which automatic backups are kept, and when the daily one is due.

#include "BackupTestSupport.h"

#include "backup/AutomaticBackup.h"
#include "backup/BackupRotation.h"
#include "backup/BackupSet.h"
#include "common/AppSettings.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace committee;

namespace {

QDateTime at(int y, int m, int d, int hour = 17)
{
    return QDateTime(QDate(y, m, d), QTime(hour, 0, 0));
}

} // namespace

TEST_CASE("Rotation keeps the newest ten and the newest of each month for a year",
          "[backup][rotation]")
{
    QList<QDateTime> dates;
    for (int day = 9; day <= 23; ++day) { // 15 daily backups in November 2026: indices 0-14
        dates.append(at(2026, 11, day));
    }
    dates.append(at(2026, 10, 31));    // 15: the newest of October
    dates.append(at(2026, 10, 5));     // 16: an older one in October
    dates.append(at(2026, 1, 15));     // 17: January, within the year
    dates.append(at(2025, 12, 1));     // 18: December 2025, the twelfth month back
    dates.append(at(2025, 11, 30));    // 19: November 2025, the thirteenth: too old
    dates.append(at(2026, 11, 23, 8)); // 20: the same day, earlier than index 14

    const QList<int> kept = BackupRotation::keep(dates, {}, QDate(2026, 11, 23));
    // The newest ten: November 15-23 (indices 6-14) and the earlier one on the 23rd (20).
    // Then the newest of October (15), January (17) and December 2025 (18).
    CHECK(kept == QList<int>({6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 20}));

    SECTION("other numbers from the settings")
    {
        CHECK(BackupRotation::keep(dates, {3, 2}, QDate(2026, 11, 23)) ==
              QList<int>({13, 14, 15, 20}));
        CHECK(BackupRotation::keep(dates, {1, 0}, QDate(2026, 11, 23)) == QList<int>({14}));
    }
}

TEST_CASE("Rotation removes only automatic backups the policy drops", "[backup][rotation]")
{
    testing::Scratch dir;
    const QString folder = dir.path(QStringLiteral("backups"));
    const QStringList automatic = {
        QStringLiteral("committee-20261123-170000-auto"),
        QStringLiteral("committee-20261122-170000-auto"),
        QStringLiteral("committee-20261121-170000-auto"),
        QStringLiteral("committee-20261015-170000-auto"),
        QStringLiteral("committee-20261002-170000-auto"),
        QStringLiteral("committee-20250601-170000-auto"),
    };
    const QStringList others = {
        QStringLiteral("committee-20240101-120000-manual"),
        QStringLiteral("committee-20240101-130000-before-restore"),
        QStringLiteral("committee-20240101-140000-damaged"),
        QStringLiteral("committee-v3-before-update-20240101-120000.db"),
    };
    for (const QString &name : automatic + others.mid(0, 3)) {
        REQUIRE(QDir().mkpath(folder + QLatin1Char('/') + name));
    }
    testing::writeFile(folder + QLatin1Char('/') + others.last(), "copy");

    AppSettings settings(dir.path(QStringLiteral("settings.ini")));
    settings.setBackupKeepLast(2);
    settings.setBackupKeepMonths(12);
    // The demo's backups beside them are not counted with the clerk's.
    REQUIRE(QDir().mkpath(folder + QStringLiteral("/demo-20261123-180000-auto")));
    REQUIRE(QDir().mkpath(folder + QStringLiteral("/demo-20261123-190000-auto")));
    auto removed = BackupRotation::apply(folder, dir.path(QStringLiteral("committee.db")),
                                         AutomaticBackup::policy(settings), QDate(2026, 11, 23));
    REQUIRE_OK(removed);
    CHECK(removed->size() == 3);
    QStringList expected = others;
    expected +=
        {QStringLiteral("demo-20261123-180000-auto"), QStringLiteral("demo-20261123-190000-auto")};
    expected += {QStringLiteral("committee-20261015-170000-auto"),
                 QStringLiteral("committee-20261122-170000-auto"),
                 QStringLiteral("committee-20261123-170000-auto")};
    expected.sort();
    CHECK(testing::entriesOf(folder) == expected);
    CHECK(BackupRotation::lastAutomatic(folder, QStringLiteral("/x/committee.db")) ==
          at(2026, 11, 23));
    CHECK(BackupRotation::lastAutomatic(folder, QStringLiteral("/x/demo.db")) ==
          at(2026, 11, 23, 19));
}

TEST_CASE("The daily backup is due a day after the last automatic one", "[backup][rotation]")
{
    const QDateTime last = at(2026, 11, 22, 9);
    CHECK(BackupRotation::dailyDue(QDateTime(), last));
    CHECK_FALSE(BackupRotation::dailyDue(last, last.addSecs(23 * 3600 + 59 * 60)));
    CHECK(BackupRotation::dailyDue(last, last.addSecs(24 * 3600)));
    CHECK(BackupRotation::dailyDue(last, last.addDays(40)));
    // A clock set back by days would otherwise stop the backups until it catches up.
    CHECK(BackupRotation::dailyDue(last, last.addDays(-3)));

    testing::Scratch dir;
    const QString folder = dir.path(QStringLiteral("backups"));
    const QString db = dir.path(QStringLiteral("committee.db"));
    CHECK_FALSE(BackupRotation::lastAutomatic(folder, db).isValid());
    REQUIRE(QDir().mkpath(folder + QStringLiteral("/committee-20261122-090000-auto")));
    REQUIRE(QDir().mkpath(folder + QStringLiteral("/committee-20261123-080000-manual")));
    CHECK(BackupRotation::lastAutomatic(folder, db) == last);
}

TEST_CASE("Backup folder names carry the time and kind", "[backup]")
{
    const QString name = BackupSet::folderName(QStringLiteral("/x/demo.db"), at(2026, 1, 2, 3),
                                               BackupSet::Kind::BeforeRestore);
    CHECK(name == QStringLiteral("demo-20260102-030000-before-restore"));
    QDateTime when;
    BackupSet::Kind kind = BackupSet::Kind::Manual;
    REQUIRE(BackupSet::parseFolderName(name, &when, &kind));
    CHECK(when == at(2026, 1, 2, 3));
    CHECK(kind == BackupSet::Kind::BeforeRestore);
    QString database;
    REQUIRE(BackupSet::parseFolderName(QStringLiteral("my-data-20260102-030000-auto"), &when, &kind,
                                       &database));
    CHECK(database == QStringLiteral("my-data"));
    CHECK_FALSE(BackupSet::parseFolderName(name + QStringLiteral(".part"), &when, &kind));
    CHECK_FALSE(
        BackupSet::parseFolderName(QStringLiteral("committee-20261399-000000-auto"), &when, &kind));
}
