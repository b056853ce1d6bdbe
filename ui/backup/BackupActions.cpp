#include "backup/BackupActions.h"

#include "backup/AutomaticBackup.h"
#include "backup/BackupRunner.h"
#include "backup/BackupSet.h"
#include "common/AppSettings.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "widgets/MessageBox.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStorageInfo>

#include <utility>

namespace committee::ui {

namespace {
QString s_requestedRestore;

// Removable drives first: a stick is where a manual backup usually goes.
QString suggestedFolder()
{
    for (const QStorageInfo &volume : QStorageInfo::mountedVolumes()) {
        const QString root = volume.rootPath();
        if (volume.isValid() && volume.isReady() && !volume.isReadOnly() &&
            (root.startsWith(QLatin1String("/media/")) ||
             root.startsWith(QLatin1String("/run/media/")))) {
            return root;
        }
    }
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}
} // namespace

BackupActions::BackupActions(AppContext &context, QMainWindow *window)
    : QObject(window), m_context(context), m_window(window), m_notice(new QLabel(window))
{
    setObjectName(QStringLiteral("backupActions"));
    m_notice->setObjectName(QStringLiteral("backupNotice"));
    m_notice->setStyleSheet(QStringLiteral("color: #B03A2E; font-weight: bold;"));
    m_notice->setWordWrap(false);
    m_notice->hide();
    window->statusBar()->addPermanentWidget(m_notice);
    // A failure while the app was closing is shown at this start.
    if (!context.settings.backupFailure().isEmpty()) {
        showFailure(context.settings.backupFailure());
    }
    m_daily.setInterval(30 * 60 * 1000);
    connect(&m_daily, &QTimer::timeout, this, [this] { checkDaily(QDateTime::currentDateTime()); });
}

void BackupActions::addTo(QMenu *menu)
{
    QAction *backup = menu->addAction(tr("&Back up now…"));
    backup->setObjectName(QStringLiteral("backupNow"));
    connect(backup, &QAction::triggered, this, &BackupActions::chooseBackupFolder);
    QAction *restore = menu->addAction(tr("&Restore from backup…"));
    restore->setObjectName(QStringLiteral("restoreBackup"));
    connect(restore, &QAction::triggered, this, &BackupActions::chooseRestore);
}

void BackupActions::startAutomatic()
{
    m_daily.start();
    // Not at once: start-up should be quick, and the clerk may close again at once.
    QTimer::singleShot(2 * 60 * 1000, this, [this] { checkDaily(QDateTime::currentDateTime()); });
}

bool BackupActions::automaticRunning() const
{
    return !m_automatic.isNull(); // from start until its finished() has been handled
}

bool BackupActions::checkDaily(const QDateTime &now)
{
    if (automaticRunning() || !AutomaticBackup::due(m_context.db, now)) {
        return false;
    }
    m_automatic = new BackupRunner(m_context.db, AutomaticBackup::target(m_context.db, now),
                                   BackupSet::Kind::Automatic, this, now);
    connect(m_automatic, &BackupRunner::finished, this, &BackupActions::automaticFinished);
    m_automatic->start();
    return true;
}

void BackupActions::automaticFinished(const Status &status)
{
    BackupRunner *runner = m_automatic;
    m_automatic.clear();
    const Status rotated =
        status ? AutomaticBackup::rotate(m_context.db, m_context.settings, QDate::currentDate())
               : status;
    if (!rotated) {
        showFailure(tr("The automatic backup failed: %1").arg(rotated.error().message));
    } else {
        showFailure({});
    }
    if (runner) {
        runner->deleteLater();
    }
}

QString BackupActions::failureNotice() const
{
    return m_notice->isHidden() ? QString() : m_notice->toolTip();
}

void BackupActions::showFailure(const QString &message)
{
    m_context.settings.setBackupFailure(message);
    m_context.settings.sync();
    if (message.isEmpty()) {
        m_notice->hide();
        m_notice->setToolTip({});
        return;
    }
    m_notice->setText(tr("Automatic backup failed (hover for details)"));
    m_notice->setToolTip(message);
    m_notice->show();
    // Also a note that does not stop the clerk's work.
    auto *note = new QMessageBox(QMessageBox::Warning, tr("Automatic backup"), message,
                                 QMessageBox::Ok, m_window);
    note->setWindowModality(Qt::NonModal);
    note->setAttribute(Qt::WA_DeleteOnClose);
    note->setObjectName(QStringLiteral("backupFailureNote"));
    note->show();
}

void BackupActions::chooseBackupFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        m_window, tr("Choose where to put the backup (a folder or a USB stick)"),
        suggestedFolder());
    if (!folder.isEmpty()) {
        backUpTo(folder);
    }
}

QString BackupActions::backUpTo(const QString &folder)
{
    const QString title = tr("Back up");
    const QString target = BackupJob::targetIn(folder, m_context.db.path(), BackupSet::Kind::Manual,
                                               QDateTime::currentDateTime());
    BackupRunner runner(m_context.db, target, BackupSet::Kind::Manual);
    QProgressDialog progress(tr("Writing the backup to %1…").arg(QDir::toNativeSeparators(folder)),
                             tr("Cancel"), 0, 100, m_window);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    connect(&runner, &BackupRunner::progressChanged, &progress, &QProgressDialog::setValue);
    connect(&progress, &QProgressDialog::canceled, &runner, &BackupRunner::cancel);
    const Status status = runner.runToEnd();
    progress.reset();
    if (!status) {
        MessageBox::error(m_window, title, status.error().message);
        return {};
    }
    QString text = tr("The backup was written and checked:\n%1")
                       .arg(QDir::toNativeSeparators(runner.job().result().path));
    if (!runner.job().missingAttachments().isEmpty()) {
        text += QStringLiteral("\n\n") +
                tr("%n attached file(s) were missing from the attachment store and are not "
                   "in the backup.",
                   "", int(runner.job().missingAttachments().size()));
    }
    MessageBox::information(m_window, title, text);
    return runner.job().result().path;
}

void BackupActions::chooseRestore()
{
    const QString manifest = QFileDialog::getOpenFileName(
        m_window, tr("Choose the backup to restore (its manifest.json, or a .db copy)"),
        Backup::defaultFolder(m_context.db.path()), tr("Backups (manifest.json *.db)"));
    if (!manifest.isEmpty()) {
        restoreFrom(manifest);
    }
}

bool BackupActions::restoreFrom(const QString &path)
{
    const QString title = tr("Restore from backup");
    auto set = BackupSet::read(path);
    Status checked = set ? BackupSet::check(set.value()) : Status(set.error());
    auto counts = checked ? RecordCounts::countFile(set->databasePath)
                          : Result<QList<RecordCount>>(checked.error());
    if (!counts) {
        MessageBox::error(m_window, title, counts.error().message);
        return false;
    }
    QString list;
    for (const RecordCount &c : std::as_const(counts.value())) {
        list += tr("  %1: %2\n").arg(c.label).arg(c.count);
    }
    const QString question =
        tr("Restore the backup of %1?\n\nIt holds:\n%2\nEverything entered since then is "
           "replaced. Your current data is first kept as a safety copy in the backups "
           "folder. Committee Desk then reopens with the restored data.")
            .arg(QLocale().toString(set->created.toLocalTime(), QLocale::LongFormat), list);
    if (!MessageBox::confirm(m_window, title, question, tr("Restore"))) {
        return false;
    }
    s_requestedRestore = set->path;
    QTimer::singleShot(0, m_window, &QWidget::close);
    return true;
}

bool BackupActions::restoreIsRequested()
{
    return !s_requestedRestore.isEmpty();
}

QString BackupActions::takeRequestedRestore()
{
    return std::exchange(s_requestedRestore, QString());
}

} // namespace committee::ui
