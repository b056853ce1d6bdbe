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
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>

namespace committee::gui {

namespace {

// Messages of these steps, in the context lupdate and the runtime share.
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

std::function<QString()> s_chooser;

// Where the clerk picks a backup: a file dialog, or what a test set.
QString chooseBackup()
{
    if (s_chooser) {
        return s_chooser();
    }
    return QFileDialog::getOpenFileName(
        nullptr,
        BackupStartupText::tr("Choose the backup to restore (its manifest.json, or a .db copy)"),
        QString(), BackupStartupText::tr("Backups (manifest.json *.db)"));
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
    Result<BackupSet> chosen = BackupCatalog::newestGood(folder);
    QString question;
    if (chosen) {
        question = BackupStartupText::tr("The newest good backup is from %1 (%2).\n\nRestore it? "
                                         "The damaged file is kept, unchanged, in the backups "
                                         "folder.")
                       .arg(when(chosen->created), countsOf(chosen.value()));
    } else {
        // None beside the database: the clerk may have one on a stick.
        if (!ui::MessageBox::confirm(
                nullptr, title(),
                error.message + QStringLiteral("\n\n") +
                    BackupStartupText::tr("No checked backup was found in %1. Choose a backup on "
                                          "a USB stick or in another folder?")
                        .arg(QDir::toNativeSeparators(folder)),
                BackupStartupText::tr("Choose a backup…"))) {
            return false;
        }
        const QString path = chooseBackup();
        if (path.isEmpty()) {
            return false;
        }
        chosen = BackupSet::read(path);
        const Status checked = chosen ? BackupSet::check(chosen.value()) : Status(chosen.error());
        if (!checked) {
            ui::MessageBox::error(nullptr, title(), checked.error().message);
            return false;
        }
        question = BackupStartupText::tr("The backup is from %1 (%2).\n\nRestore it? The damaged "
                                         "file is kept, unchanged, in the backups folder.")
                       .arg(when(chosen->created), countsOf(chosen.value()));
    }
    if (!ui::MessageBox::confirm(nullptr, title(),
                                 error.message + QStringLiteral("\n\n") + question,
                                 BackupStartupText::tr("Restore the backup"))) {
        return false;
    }
    auto restored = Restore::run(databasePath, chosen.value());
    if (!restored) {
        ui::MessageBox::error(nullptr, title(), restored.error().message);
        return false;
    }
    ui::MessageBox::information(
        nullptr, title(),
        BackupStartupText::tr("The backup of %1 was restored. The damaged database was kept in %2.")
            .arg(when(chosen->created), QDir::toNativeSeparators(restored->damagedKeptAt)));
    return true;
}

void setBackupChooser(std::function<QString()> chooser)
{
    s_chooser = std::move(chooser);
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
