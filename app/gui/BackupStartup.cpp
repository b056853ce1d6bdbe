#include "gui/BackupStartup.h"

#include "backup/AttachmentRecovery.h"
#include "backup/AutomaticBackup.h"
#include "backup/BackupRunner.h"
#include "backup/BackupSet.h"
#include "backup/Restore.h"
#include "common/AppSettings.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "widgets/MessageBox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>

namespace committee::gui {

namespace {

// Messages of this command, in the context lupdate and the runtime share.
class BackupStartupText {
    Q_DECLARE_TR_FUNCTIONS(committee::gui::Backups)
};

QString title()
{
    return QCoreApplication::translate("committee::gui", "Committee Desk");
}

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

QString countsOf(const BackupSet &set)
{
    auto counts = RecordCounts::countFile(set.databasePath);
    return counts ? RecordCounts::describe(counts.value()) : QString();
}

} // namespace

bool offerRestoreOfDamaged(const QString &databasePath, const Error &error)
{
    const QString folder = Backup::defaultFolder(QFileInfo(databasePath).absoluteFilePath());
    auto newest = BackupCatalog::newestGood(folder);
    if (!newest) {
        ui::MessageBox::error(
            nullptr, title(),
            error.message + QStringLiteral("\n\n") +
                BackupStartupText::tr("No checked backup was found in %1 to restore from.")
                    .arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    const QString question =
        error.message + QStringLiteral("\n\n") +
        BackupStartupText::tr(
            "The newest good backup is from %1 (%2).\n\nRestore it? The damaged file is kept, "
            "unchanged, in the backups folder.")
            .arg(when(newest->created), countsOf(newest.value()));
    if (!ui::MessageBox::confirm(nullptr, title(), question,
                                 BackupStartupText::tr("Restore the backup"))) {
        return false;
    }
    auto restored = Restore::run(databasePath, newest.value());
    if (!restored) {
        ui::MessageBox::error(nullptr, title(), restored.error().message);
        return false;
    }
    ui::MessageBox::information(
        nullptr, title(),
        BackupStartupText::tr("The backup of %1 was restored. The damaged database was kept in %2.")
            .arg(when(newest->created), QDir::toNativeSeparators(restored->damagedKeptAt)));
    return true;
}

void checkAttachments(Database &db, QWidget *parent)
{
    auto missing = AttachmentRecovery::missing(db);
    if (!missing || missing->isEmpty()) {
        return;
    }
    const QString question =
        BackupStartupText::tr("%n attached file(s) are missing from the attachment store:", "",
                              int(missing->size())) +
        QStringLiteral("\n") + AttachmentRecovery::describe(missing.value()) +
        QStringLiteral("\n\n") +
        BackupStartupText::tr(
            "The records are intact. Look for the files in the backups and put them back?");
    if (!ui::MessageBox::confirm(parent, title(), question,
                                 BackupStartupText::tr("Restore the files"))) {
        return;
    }
    auto still = AttachmentRecovery::recover(db, AutomaticBackup::folder(db));
    if (!still) {
        ui::MessageBox::error(parent, title(), still.error().message);
    } else if (still->isEmpty()) {
        ui::MessageBox::information(
            parent, title(),
            BackupStartupText::tr("All missing files were restored from the backups."));
    } else {
        ui::MessageBox::error(
            parent, title(),
            BackupStartupText::tr("These files are in no backup and could not be restored:") +
                QStringLiteral("\n") + AttachmentRecovery::describe(still.value()));
    }
}

bool restoreRequested(const QString &databasePath, const QString &backupPath)
{
    auto set = BackupSet::read(backupPath);
    auto restored =
        set ? Restore::run(databasePath, set.value()) : Result<Restore::Outcome>(set.error());
    if (!restored) {
        ui::MessageBox::error(
            nullptr, title(),
            BackupStartupText::tr("The backup was not restored; your data is as it was. %1")
                .arg(restored.error().message));
        return true; // reopen what is there
    }
    ui::MessageBox::information(
        nullptr, title(),
        BackupStartupText::tr(
            "The backup of %1 was restored. Your data from before was kept as the backup %2.")
            .arg(when(set->created),
                 QDir::toNativeSeparators(restored->safetyCopy.isEmpty() ? restored->damagedKeptAt
                                                                         : restored->safetyCopy)));
    return true;
}

void backupOnExit(Database &db, AppSettings &settings)
{
    const QDateTime now = QDateTime::currentDateTime();
    ui::BackupRunner runner(db, AutomaticBackup::target(db, now), BackupSet::Kind::Automatic,
                            nullptr, now);
    QProgressDialog progress(BackupStartupText::tr("Making the automatic backup…"), QString(), 0,
                             100);
    progress.setWindowTitle(title());
    progress.setMinimumDuration(500);
    QObject::connect(&runner, &ui::BackupRunner::progressChanged, &progress,
                     &QProgressDialog::setValue);
    Status status = runner.runToEnd();
    progress.reset();
    if (status) {
        status = AutomaticBackup::rotate(db, settings, now.date());
    }
    settings.setBackupFailure(status
                                  ? QString()
                                  : QCoreApplication::translate("committee::ui::BackupActions",
                                                                "The automatic backup failed: %1")
                                        .arg(status.error().message));
    settings.sync();
}

} // namespace committee::gui
