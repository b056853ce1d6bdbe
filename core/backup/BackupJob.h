#pragma once

#include "backup/BackupSet.h"
#include "backup/SqliteCopy.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

namespace committee {

class Database;

// Makes one backup folder (see BackupSet) in small steps, so the app can show progress and
// go on working between them. The folder is written as "<name>.part" and renamed when
// whole; a failure or cancel removes it, so no partial backup is ever left behind:
//
//   BackupJob job(db, target, BackupSet::Kind::Manual);
//   Status s = job.start();                  // checks the target, starts the copy
//   while (s && !job.finished()) s = job.step();   // e.g. one step per timer tick
class BackupJob {
    Q_DECLARE_TR_FUNCTIONS(committee::BackupJob)
public:
    // `targetFolder` is the backup folder to create; it must not exist yet.
    BackupJob(Database &db, const QString &targetFolder, BackupSet::Kind kind,
              const QDateTime &now = QDateTime::currentDateTime());
    ~BackupJob();
    BackupJob(const BackupJob &) = delete;
    BackupJob &operator=(const BackupJob &) = delete;

    Status start();
    // One step: some pages of the database, or a few MB of an attached file, or the finish.
    Status step();
    bool finished() const { return m_phase == Phase::Done; }
    // Database pages copied per step (256 unless set; 4 KB each).
    void setPagesPerStep(int pages) { m_pagesPerStep = qMax(1, pages); }
    // 0.0 to 1.0, by bytes.
    double progress() const;
    // Stops and removes what was written.
    void cancel();

    // Valid once finished.
    const BackupSet &result() const { return m_result; }
    // Files the records refer to that were missing (or damaged) in the store: the backup
    // is made without them and its manifest lists them.
    const QStringList &missingAttachments() const { return m_missing; }

    // A new backup folder's path in `folder`, named by BackupSet::folderName.
    static QString targetIn(const QString &folder, const QString &databasePath,
                            BackupSet::Kind kind, const QDateTime &now);
    // start() and step() until done.
    static Result<BackupSet> run(Database &db, const QString &targetFolder, BackupSet::Kind kind,
                                 const QDateTime &now = QDateTime::currentDateTime());

private:
    enum class Phase { Idle, Database, Attachments, Done, Failed };
    Status fail(const Error &error);
    Status checkCopy();
    struct AttachmentCopy;
    Status startAttachment(const QString &hash);
    Status continueAttachment();
    Status finish();

    Database &m_db;
    QString m_target;
    QString m_part;
    BackupSet::Kind m_kind;
    QDateTime m_now;
    Phase m_phase = Phase::Idle;
    int m_pagesPerStep = 256;
    std::unique_ptr<SqliteCopy> m_copy;
    QStringList m_hashes;
    qsizetype m_nextHash = 0;
    std::unique_ptr<AttachmentCopy> m_file;
    QStringList m_missing;
    qint64 m_databaseBytes = 1;
    qint64 m_attachmentBytes = 0;
    qint64 m_attachmentsDone = 0;
    BackupSet m_result;
};

} // namespace committee
