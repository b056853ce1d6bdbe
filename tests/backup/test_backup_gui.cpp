// The clerk's side: the offer to restore at start-up, missing files, the menu actions,
// the daily backup and its failure notice, and the settings. In Chinese, as a clerk sees it.

#include "BackupTestSupport.h"
#include "GuiTestSupport.h"

#include "backup/AutomaticBackup.h"
#include "backup/BackupActions.h"
#include "backup/BackupJob.h"
#include "backup/BackupSettingsSection.h"
#include "committee/CommitteeProfile.h"
#include "common/AppSettings.h"
#include "gui/BackupStartup.h"
#include "shell/MainWindow.h"
#include "shell/SettingsDialog.h"
#include "storage/Backup.h"
#include "storage/Sql.h"
#include "widgets/MessageBox.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSpinBox>
#include <QTest>

using namespace committee;
using namespace committee::ui;
using testing::ClerkData;

namespace {

const QDateTime kBackupTime(QDate(2026, 11, 20), QTime(18, 0, 0));

struct ClerkWindow {
    ClerkData data;
    AppSettings settings{data.dir.path(QStringLiteral("settings.ini"))};
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;

    ClerkWindow()
    {
        testing::useChineseUi();
        REQUIRE(CommitteeProfile(*data.db)
                    .save(DemoCommittee::profile(), DemoCommittee::members())
                    .ok());
        context = std::make_unique<AppContext>(AppContext{*data.db, settings});
        window = std::make_unique<MainWindow>(*context);
        window->show();
    }
    BackupActions *actions() const { return window->findChild<BackupActions *>(); }
};

} // namespace

TEST_CASE("A damaged database at start-up: the newest good backup is offered and restored",
          "[gui][backup]")
{
    testing::useChineseUi();
    ClerkData data;
    const QStringList before = testing::dumpTables(*data.db);
    REQUIRE_OK(BackupJob::run(*data.db, AutomaticBackup::target(*data.db, kBackupTime),
                              BackupSet::Kind::Automatic, kBackupTime));
    data.close();
    QByteArray damaged = testing::fileBytes(data.path);
    SECTION("cut off while copying")
    {
        damaged.truncate(damaged.size() / 3);
    }
    SECTION("a wrong header")
    {
        damaged.replace(0, 16, "SQLite format 2\0");
    }
    SECTION("random bytes")
    {
        for (qsizetype i = 0; i < damaged.size(); ++i) {
            damaged[i] = char((i * 7919 + 13) % 251);
        }
    }
    testing::writeFile(data.path, damaged);
    auto open = Database::open(data.path);
    REQUIRE_FALSE(open.ok());
    REQUIRE(open.error().kind == Error::Kind::Corrupt);

    // Declined: the question named the backup's date and its records, and nothing changed.
    MessageBox::setNextAnswer(false);
    CHECK_FALSE(gui::offerRestoreOfDamaged(data.path, open.error()));
    const QString question = MessageBox::lastText();
    CHECK(question.contains(QStringLiteral("2026")));
    CHECK(question.contains(QStringLiteral("会议")));
    CHECK(question.contains(QStringLiteral("恢复")));
    CHECK(testing::fileBytes(data.path) == damaged);

    MessageBox::setNextAnswer(true);
    REQUIRE(gui::offerRestoreOfDamaged(data.path, open.error()));
    data.reopen();
    CHECK(testing::dumpTables(*data.db) == before);
    const QStringList kept =
        QDir(Backup::defaultFolder(data.path)).entryList({QStringLiteral("*-damaged")}, QDir::Dirs);
    REQUIRE(kept.size() == 1);
    CHECK(testing::fileBytes(Backup::defaultFolder(data.path) + QLatin1Char('/') + kept.first() +
                             QStringLiteral("/committee.db")) == damaged);
}

TEST_CASE("A damaged database without a backup says so and stays as it is", "[gui][backup]")
{
    testing::useChineseUi();
    ClerkData data;
    data.close();
    testing::writeFile(data.path, QByteArray(4096, '\x5a'));
    auto open = Database::open(data.path);
    REQUIRE_FALSE(open.ok());
    CHECK_FALSE(gui::offerRestoreOfDamaged(data.path, open.error()));
    CHECK(MessageBox::lastText().contains(QStringLiteral("备份")));
    CHECK(testing::fileBytes(data.path) == QByteArray(4096, '\x5a'));
}

TEST_CASE("A damaged database whose only backup is on a stick: the clerk picks it", "[gui][backup]")
{
    testing::useChineseUi();
    ClerkData data;
    const QStringList before = testing::dumpTables(*data.db);
    auto onStick = BackupJob::run(*data.db, data.dir.path(QStringLiteral("U盘/备份")),
                                  BackupSet::Kind::Manual, kBackupTime);
    REQUIRE_OK(onStick);
    data.close();
    testing::writeFile(data.path, QByteArray(8192, '\x11'));
    auto open = Database::open(data.path);
    REQUIRE_FALSE(open.ok());

    MessageBox::setNextAnswer(true); // "Choose a backup…"
    gui::setBackupChooser([&onStick] {
        MessageBox::setNextAnswer(true); // then "Restore the backup"
        return onStick->path + QStringLiteral("/manifest.json");
    });
    const bool restored = gui::offerRestoreOfDamaged(data.path, open.error());
    gui::setBackupChooser({});
    REQUIRE(restored);
    CHECK(MessageBox::lastText().contains(QStringLiteral("已恢复")));
    data.reopen();
    CHECK(testing::dumpTables(*data.db) == before);
}

TEST_CASE("Missing attached files at start-up are named and put back", "[gui][backup]")
{
    testing::useChineseUi();
    ClerkData data;
    REQUIRE_OK(BackupJob::run(*data.db, AutomaticBackup::target(*data.db, kBackupTime),
                              BackupSet::Kind::Automatic, kBackupTime));
    REQUIRE(QFile::remove(data.storeFile(data.attachmentHashes.first())));
    MessageBox::setNextAnswer(false);
    gui::checkAttachments(*data.db, nullptr);
    CHECK(MessageBox::lastText().contains(QStringLiteral("签到表.jpg")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("会议 #")));
    CHECK_FALSE(QFileInfo::exists(data.storeFile(data.attachmentHashes.first())));

    MessageBox::setNextAnswer(true);
    gui::checkAttachments(*data.db, nullptr);
    CHECK(QFileInfo::exists(data.storeFile(data.attachmentHashes.first())));
}

TEST_CASE("Back up now and Restore from backup in the main window", "[gui][backup]")
{
    ClerkWindow w;
    REQUIRE(w.actions() != nullptr);
    REQUIRE(w.window->findChild<QAction *>(QStringLiteral("backupNow")) != nullptr);
    const QString stick = w.data.dir.path(QStringLiteral("U盘"));
    REQUIRE(QDir().mkpath(stick));
    const QString made = w.actions()->backUpTo(stick);
    REQUIRE_FALSE(made.isEmpty());
    CHECK(MessageBox::lastText().contains(QDir::toNativeSeparators(made)));
    CHECK(testing::entriesOf(stick).size() == 1);

    MessageBox::setNextAnswer(false);
    CHECK_FALSE(w.actions()->restoreFrom(made + QStringLiteral("/manifest.json")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("会议")));
    CHECK_FALSE(BackupActions::restoreIsRequested());

    MessageBox::setNextAnswer(true);
    CHECK(w.actions()->restoreFrom(made));
    CHECK(BackupActions::takeRequestedRestore() == made);
    QTRY_VERIFY(!w.window->isVisible()); // start-up restores once the window has closed
}

TEST_CASE("Backing up to a read-only stick shows why and leaves nothing", "[gui][backup]")
{
    ClerkWindow w;
    const QString stick = w.data.dir.path(QStringLiteral("protected"));
    testing::ReadOnlyFolder readOnly(stick);
    if (!readOnly.ok()) {
        WARN("No read-only folder can be made here; skipped.");
        return;
    }
    CHECK(w.actions()->backUpTo(stick).isEmpty());
    CHECK(MessageBox::lastText().contains(QStringLiteral("只读")));
    CHECK(testing::entriesOf(stick).isEmpty());
}

TEST_CASE("The daily automatic backup runs while the app is open", "[gui][backup]")
{
    ClerkWindow w;
    const QDateTime now = QDateTime::currentDateTime();
    REQUIRE(w.actions()->checkDaily(now));
    CHECK_FALSE(w.actions()->checkDaily(now)); // already running
    QTRY_VERIFY_WITH_TIMEOUT(!w.actions()->automaticRunning(), 20000);
    CHECK(w.actions()->failureNotice().isEmpty());
    const QString folder = AutomaticBackup::folder(w.data.db.operator*());
    CHECK(testing::entriesOf(folder).size() == 1);
    CHECK_FALSE(w.actions()->checkDaily(now.addSecs(3600)));
    CHECK(w.actions()->checkDaily(now.addDays(1)));
    QTRY_VERIFY_WITH_TIMEOUT(!w.actions()->automaticRunning(), 20000);
    CHECK(testing::entriesOf(folder).size() == 2);
}

TEST_CASE("A failed automatic backup is shown without stopping the clerk", "[gui][backup]")
{
    ClerkWindow w;
    // Something not a folder where the backups go.
    testing::writeFile(AutomaticBackup::folder(*w.data.db), "in the way");
    REQUIRE(w.actions()->checkDaily(QDateTime::currentDateTime()));
    QTRY_VERIFY_WITH_TIMEOUT(!w.actions()->failureNotice().isEmpty(), 20000);
    CHECK(w.actions()->failureNotice().contains(QStringLiteral("自动备份")));
    CHECK(w.actions()->failureNotice().contains(QStringLiteral("是文件而不是文件夹")));
    CHECK(w.settings.backupFailure() == w.actions()->failureNotice());
    CHECK(QApplication::activeModalWidget() == nullptr);
    auto *note = w.window->findChild<QWidget *>(QStringLiteral("backupFailureNote"));
    REQUIRE(note != nullptr);
    CHECK(note->isVisible());

    // Kept for the next start, until a backup succeeds.
    BackupActions again(*w.context, w.window.get());
    CHECK(again.failureNotice() == w.settings.backupFailure());
    QFile::remove(AutomaticBackup::folder(*w.data.db));
    REQUIRE(again.checkDaily(QDateTime::currentDateTime()));
    QTRY_VERIFY_WITH_TIMEOUT(!again.automaticRunning(), 20000);
    CHECK(again.failureNotice().isEmpty());
    CHECK(w.settings.backupFailure().isEmpty());
}

TEST_CASE("Settings keep the rotation numbers", "[gui][backup]")
{
    ClerkWindow w;
    SettingsDialog dialog(*w.context, w.window.get());
    REQUIRE(dialog.backupSettings() != nullptr);
    CHECK(dialog.backupSettings()->keepLast()->value() == 10);
    CHECK(dialog.backupSettings()->keepMonths()->value() == 12);
    dialog.backupSettings()->keepLast()->setValue(5);
    dialog.backupSettings()->keepMonths()->setValue(6);
    dialog.accept();
    CHECK(w.settings.backupKeepLast() == 5);
    CHECK(w.settings.backupKeepMonths() == 6);
    CHECK(AutomaticBackup::policy(w.settings).keepLast == 5);
}

TEST_CASE("The backup on closing is made and rotated, and a failure waits for the next start",
          "[gui][backup]")
{
    testing::useChineseUi();
    ClerkData data;
    AppSettings settings(data.dir.path(QStringLiteral("settings.ini")));
    settings.setBackupKeepLast(2);
    settings.setBackupKeepMonths(0);
    const QString folder = AutomaticBackup::folder(*data.db);
    for (const QString &old : {QStringLiteral("committee-20200101-080000-auto"),
                               QStringLiteral("committee-20200102-080000-auto"),
                               QStringLiteral("committee-20200103-080000-auto")}) {
        REQUIRE(QDir().mkpath(folder + QLatin1Char('/') + old));
    }
    gui::backupOnExit(*data.db, settings);
    CHECK(settings.backupFailure().isEmpty());
    const QStringList kept = testing::entriesOf(folder);
    REQUIRE(kept.size() == 2); // the new one and the newest old one
    CHECK(kept.first() == QStringLiteral("committee-20200103-080000-auto"));
    CHECK(BackupSet::check(BackupSet::read(folder + QLatin1Char('/') + kept.last()).value()).ok());

    REQUIRE(QDir(folder).removeRecursively());
    testing::writeFile(folder, "in the way");
    gui::backupOnExit(*data.db, settings);
    CHECK(settings.backupFailure().startsWith(QStringLiteral("自动备份失败")));
}
