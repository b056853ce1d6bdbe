#pragma once

#include "backup/BackupJob.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace committee {
class Database;
}

namespace committee::ui {

// Runs a core BackupJob one small step per turn of the event loop, so the window stays
// usable (and can show progress) while a backup is written.
class BackupRunner : public QObject {
    Q_OBJECT
public:
    BackupRunner(Database &db, const QString &target, BackupSet::Kind kind,
                 QObject *parent = nullptr, const QDateTime &now = QDateTime::currentDateTime());
    ~BackupRunner() override;

    void start();
    void cancel();
    bool isRunning() const { return m_timer.isActive(); }
    const BackupJob &job() const { return *m_job; }

    // Runs the job to its end, handling events between the steps (for a progress dialog
    // and its cancel button). Does not emit finished().
    Status runToEnd();

signals:
    void progressChanged(int percent);
    // Emitted once; `status` is the error, or ok.
    void finished(const committee::Status &status);

private:
    void stepOnce();
    void end(const Status &status);
    static Error cancelled();

    std::unique_ptr<BackupJob> m_job;
    QTimer m_timer;
    int m_lastPercent = -1;
    bool m_cancelled = false;
};

} // namespace committee::ui
