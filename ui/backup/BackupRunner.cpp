#include "backup/BackupRunner.h"

#include <QEventLoop>

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
    if (m_timer.isActive()) {
        m_timer.stop();
        m_job->cancel();
        emit finished(makeError(Error::Kind::Generic, tr("The backup was cancelled; nothing was "
                                                         "kept of it.")));
    }
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
    Status result = makeError(Error::Kind::Generic, QString());
    QEventLoop loop;
    connect(this, &BackupRunner::finished, &loop, [&](const Status &s) {
        result = s;
        loop.quit();
    });
    start();
    loop.exec();
    return result;
}

} // namespace committee::ui
