#pragma once

#include "common/Result.h"
#include "shell/AppContext.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QLabel;
class QMainWindow;
class QMenu;

namespace committee::ui {

class BackupRunner;

// The clerk's side of backups in the main window: "Back up now…" and "Restore from
// backup…" in the File menu, the daily automatic backup while the app runs, and a notice
// in the status bar when an automatic backup failed (it stays until one succeeds). The
// work is done by core/backup; this only asks and shows.
class BackupActions : public QObject {
    Q_OBJECT
public:
    BackupActions(AppContext &context, QMainWindow *window);
    void addTo(QMenu *menu);

    // Starts the daily check (the app does this; tests call checkDaily directly).
    void startAutomatic();
    // Starts the automatic backup if the last one is a day old. Returns whether it started.
    bool checkDaily(const QDateTime &now);
    bool automaticRunning() const;

    // Manual backup into `folder` (what the folder picker returns), with progress.
    // Returns the backup folder made, or empty.
    QString backUpTo(const QString &folder);
    // Shows the backup's date and record counts, asks, and on yes closes the window so
    // that start-up restores it and reopens (see requestedRestore()). Returns whether the
    // clerk confirmed.
    bool restoreFrom(const QString &path);

    // The backup the clerk confirmed restoring, taken (and cleared) by the start-up code
    // once the window has closed and the database is released.
    static QString takeRequestedRestore();
    static bool restoreIsRequested();

    // The status bar notice of a failed automatic backup; empty when there is none.
    QString failureNotice() const;
    // Shows (or clears, with an empty message) that notice and remembers it in the settings.
    void showFailure(const QString &message);

private:
    void chooseBackupFolder();
    void chooseRestore();
    void automaticFinished(const committee::Status &status);

    AppContext &m_context;
    QMainWindow *m_window;
    QPointer<BackupRunner> m_automatic;
    QLabel *m_notice;
    QTimer m_daily;
};

} // namespace committee::ui
