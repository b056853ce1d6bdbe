#include "backup/BackupRunner.h"

#include <QCoreApplication>

namespace committee::ui {

BackupRunner::BackupRunner(Database &db, const QString &target, BackupSet::Kind kind,
                           QObject *parent, const QDateTime &now)
    : QObject(parent), m_job(std::make_unique<BackupJob>(db, target, kind, now))
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &BackupRunner::stepOnce);
}

BackupRunner::~BackupRunner() = default;

void BackupRunner::start()
{
    if (Status s = m_job->start(); !s) {
        // Reported from the event loop, so a caller connecting after start() still hears it.
        QTimer::singleShot(0, this, [this, s] { emit finished(s); });
        return;
    }
    m_timer.start();
}

void BackupRunner::cancel()
{
    m_cancelled = true;
    if (m_timer.isActive()) {
        m_timer.stop();
        m_job->cancel();
        emit finished(cancelled());
    }
}

Error BackupRunner::cancelled()
{
    return makeError(Error::Kind::Generic, tr("The backup was cancelled; nothing was kept of it."));
}

void BackupRunner::stepOnce()
{
    Status s = m_job->step();
    if (!s) {
        end(s);
        return;
    }
    const int percent = int(m_job->progress() * 100);
    if (percent != m_lastPercent) {
        m_lastPercent = percent;
        emit progressChanged(percent);
    }
    if (m_job->finished()) {
        end({});
    }
}

void BackupRunner::end(const Status &status)
{
    m_timer.stop();
    emit finished(status);
}

Status BackupRunner::runToEnd()
{
    // A loop of its own rather than a QEventLoop: this also runs after the application's
    // event loop has ended (the backup on closing), when a nested loop would quit at once.
    Status status = m_job->start();
    while (status && !m_job->finished()) {
        QCoreApplication::processEvents(); // progress, and the cancel button
        if (m_cancelled) {
            m_job->cancel();
            status = cancelled();
            break;
        }
        status = m_job->step();
        const int percent = int(m_job->progress() * 100);
        if (percent != m_lastPercent) {
            m_lastPercent = percent;
            emit progressChanged(percent);
        }
    }
    return status;
}

} // namespace committee::ui
