#include "backup/BackupJob.h"

#include "backup/TargetProblem.h"
#include "common/AppInfo.h"
#include "ledger/Attachments.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>

namespace committee {

namespace {

constexpr qint64 kChunk = 1 << 20;

QString storeFolderOf(const Database &db)
{
    return QFileInfo(db.path()).absoluteDir().filePath(QStringLiteral("attachments"));
}

} // namespace

BackupJob::BackupJob(Database &db, const QString &targetFolder, BackupSet::Kind kind,
                     const QDateTime &now)
    : m_db(db), m_target(QDir::cleanPath(QFileInfo(targetFolder).absoluteFilePath())),
      m_part(m_target + QStringLiteral(".part")), m_kind(kind), m_now(now)
{}

BackupJob::~BackupJob()
{
    if (m_phase != Phase::Done && m_phase != Phase::Idle) {
        cancel();
    }
}

QString BackupJob::targetIn(const QString &folder, const QString &databasePath,
                            BackupSet::Kind kind, const QDateTime &now)
{
    return QDir(folder).filePath(BackupSet::folderName(databasePath, now, kind));
}

Status BackupJob::fail(const Error &error)
{
    m_copy.reset();
    m_file.reset();
    // Whatever went wrong on the way, a folder that vanished under the backup means the
    // drive went away: that is what the clerk needs to hear.
    if (m_phase != Phase::Idle && !QFileInfo::exists(m_part)) {
        m_phase = Phase::Failed;
        return TargetProblem::describe(QDir(m_part).filePath(BackupSet::databaseFileName()), ENODEV,
                                       false, QString());
    }
    QDir(m_part).removeRecursively();
    m_phase = Phase::Failed;
    return error;
}

void BackupJob::cancel()
{
    m_copy.reset();
    m_file.reset();
    QDir(m_part).removeRecursively();
    m_phase = Phase::Failed;
}

Status BackupJob::start()
{
    const QString parent = QFileInfo(m_target).absolutePath();
    if (QFileInfo::exists(m_target)) {
        return makeError(Error::Kind::Conflict,
                         tr("%1 already exists. Choose another name or folder for the backup.")
                             .arg(QDir::toNativeSeparators(m_target)));
    }
    if (QFileInfo::exists(parent) && !QFileInfo(parent).isDir()) {
        return makeError(Error::Kind::Io, tr("%1 is a file, not a folder, so the backup cannot "
                                             "go there.")
                                              .arg(QDir::toNativeSeparators(parent)));
    }
    if (!QDir().mkpath(parent)) {
        return TargetProblem::describe(m_target, QFileInfo::exists(parent) ? 0 : EACCES, false,
                                       tr("the folder cannot be created"));
    }
    if (!TargetProblem::canWriteIn(parent)) {
        return TargetProblem::readOnly(parent);
    }

    // Room for it: the database's pages and the attached files, plus a margin.
    auto pages = Sql::scalar(m_db, QStringLiteral("PRAGMA page_count"));
    auto pageSize = Sql::scalar(m_db, QStringLiteral("PRAGMA page_size"));
    if (!pages || !pageSize) {
        return !pages ? pages.error() : pageSize.error();
    }
    m_databaseBytes = qMax<qint64>(1, pages->toLongLong() * pageSize->toLongLong());
    auto hasAttachments = Sql::scalar(
        m_db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'attachment'"));
    if (hasAttachments && hasAttachments->toInt() > 0) {
        auto bytes = Sql::scalar(m_db, QStringLiteral("SELECT coalesce(sum(size), 0) FROM "
                                                      "(SELECT DISTINCT sha256, size FROM "
                                                      "attachment)"));
        m_attachmentBytes = bytes ? bytes->toLongLong() : 0;
    }
    const qint64 needed = m_databaseBytes + m_attachmentBytes + 64 * 1024;
    const QStorageInfo storage(parent);
    if (storage.isValid() && storage.isReady() && storage.bytesAvailable() >= 0 &&
        storage.bytesAvailable() < needed) {
        return TargetProblem::full(parent, needed);
    }

    QDir(m_part).removeRecursively(); // left by an earlier run that was cut off
    if (!QDir().mkdir(m_part)) {
        return fail(TargetProblem::readOnly(parent));
    }
    m_copy = std::make_unique<SqliteCopy>(m_db.connection(),
                                          QDir(m_part).filePath(BackupSet::databaseFileName()));
    if (Status s = m_copy->start(); !s) {
        return fail(s.error());
    }
    m_phase = Phase::Database;
    return {};
}

double BackupJob::progress() const
{
    const qint64 total = m_databaseBytes + m_attachmentBytes;
    qint64 done = 0;
    if (m_phase == Phase::Done) {
        return 1.0;
    }
    if (m_phase == Phase::Database && m_copy && m_copy->pagesTotal() > 0) {
        done = m_databaseBytes * m_copy->pagesDone() / m_copy->pagesTotal();
    } else if (m_phase == Phase::Attachments) {
        done = m_databaseBytes + m_attachmentsDone;
    }
    return qBound(0.0, double(done) / double(qMax<qint64>(1, total)), 1.0);
}

Status BackupJob::step()
{
    if ((m_phase == Phase::Database || m_phase == Phase::Attachments) &&
        !QFileInfo::exists(m_part)) {
        return fail(Error{}); // the drive went away between two steps
    }
    switch (m_phase) {
    case Phase::Database: {
        auto done = m_copy->step(m_pagesPerStep);
        if (!done) {
            return fail(done.error());
        }
        if (done.value()) {
            m_copy.reset();
            return checkCopy();
        }
        return {};
    }
    case Phase::Attachments:
        if (m_file) {
            return continueAttachment();
        }
        if (m_nextHash < m_hashes.size()) {
            return startAttachment(m_hashes.at(m_nextHash++));
        }
        return finish();
    case Phase::Done:
        return {};
    case Phase::Idle:
    case Phase::Failed:
        break;
    }
    return makeError(Error::Kind::Generic, tr("The backup was not started."));
}

Status BackupJob::checkCopy()
{
    const QString copy = QDir(m_part).filePath(BackupSet::databaseFileName());
    if (Status s = Backup::verify(copy); !s) {
        return fail(s.error());
    }
    auto hashes = BackupSet::attachmentHashes(copy);
    if (!hashes) {
        return fail(hashes.error());
    }
    m_hashes = hashes.value();
    m_phase = Phase::Attachments;
    return {};
}

// One attached file being copied, a few megabytes per step, so a large scan does not hold
// up the window either.
struct BackupJob::AttachmentCopy {
    AttachmentCopy(const QString &from, const QString &to, const QString &sha256)
        : in(from), out(to), hash(sha256), target(to)
    {}
    QFile in;
    QSaveFile out;
    QCryptographicHash sha{QCryptographicHash::Sha256};
    QString hash;
    QString target;
};

Status BackupJob::startAttachment(const QString &hash)
{
    const QString target =
        BackupSet::attachmentPath(QDir(m_part).filePath(QStringLiteral("attachments")), hash);
    auto copy = std::make_unique<AttachmentCopy>(
        BackupSet::attachmentPath(storeFolderOf(m_db), hash), target, hash);
    if (!copy->in.open(QIODevice::ReadOnly)) {
        m_missing.append(hash); // told to the clerk; the backup still keeps everything else
        return {};
    }
    errno = 0;
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        return fail(TargetProblem::describe(target, errno, false, QString()));
    }
    if (!copy->out.open(QIODevice::WriteOnly)) {
        return fail(TargetProblem::describe(target, errno, false, copy->out.errorString()));
    }
    m_file = std::move(copy);
    return {};
}

Status BackupJob::continueAttachment()
{
    AttachmentCopy &copy = *m_file;
    for (int i = 0; i < 4 && !copy.in.atEnd(); ++i) {
        const QByteArray chunk = copy.in.read(kChunk);
        if (chunk.isEmpty()) {
            break; // a read error: the hash below tells
        }
        copy.sha.addData(chunk);
        errno = 0;
        if (copy.out.write(chunk) != chunk.size()) {
            const int osError = errno;
            const QString why = copy.out.errorString();
            const QString target = copy.target;
            return fail(TargetProblem::describe(target, osError, false, why));
        }
        m_attachmentsDone += chunk.size();
    }
    if (!copy.in.atEnd() && copy.in.error() == QFile::NoError) {
        return {}; // more of this file in the next step
    }
    if (QString::fromLatin1(copy.sha.result().toHex()) != copy.hash) {
        // The stored file is damaged (or could not be read): a copy would only spread it.
        copy.out.cancelWriting();
        m_missing.append(copy.hash);
        m_file.reset();
        return {};
    }
    errno = 0;
    if (!copy.out.commit()) {
        const QString why = copy.out.errorString();
        const QString target = copy.target;
        return fail(TargetProblem::describe(target, errno, false, why));
    }
    m_file.reset();
    return {};
}

Status BackupJob::finish()
{
    const QString copy = QDir(m_part).filePath(BackupSet::databaseFileName());
    auto sha = Attachments::sha256Of(copy);
    auto counts = RecordCounts::countFile(copy);
    auto version = Sql::scalar(m_db, QStringLiteral("PRAGMA user_version"));
    if (!sha || !counts) {
        return fail(!sha ? sha.error() : counts.error());
    }
    QJsonObject records;
    for (const RecordCount &c : std::as_const(counts.value())) {
        records.insert(c.typeId, c.count);
    }
    QJsonArray missing;
    for (const QString &hash : std::as_const(m_missing)) {
        missing.append(hash);
    }
    const QJsonObject manifest{
        {QStringLiteral("format"), 1},
        {QStringLiteral("app"), QStringLiteral("Committee Desk")},
        {QStringLiteral("appVersion"), AppInfo::version()},
        {QStringLiteral("schemaVersion"), version ? version->toInt() : 0},
        {QStringLiteral("kind"), BackupSet::kindKey(m_kind)},
        {QStringLiteral("created"),
         m_now.toOffsetFromUtc(m_now.offsetFromUtc()).toString(Qt::ISODate)},
        {QStringLiteral("database"),
         QJsonObject{{QStringLiteral("file"), BackupSet::databaseFileName()},
                     {QStringLiteral("size"), QFileInfo(copy).size()},
                     {QStringLiteral("sha256"), sha.value()}}},
        {QStringLiteral("records"), records},
        {QStringLiteral("attachments"),
         QJsonObject{{QStringLiteral("count"), m_hashes.size() - m_missing.size()},
                     {QStringLiteral("missing"), missing}}},
    };
    const QString manifestPath = QDir(m_part).filePath(BackupSet::manifestFileName());
    QSaveFile file(manifestPath);
    const QByteArray bytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(TargetProblem::describe(manifestPath, errno, false, file.errorString()));
    }
    if (!QDir().rename(m_part, m_target)) {
        return fail(TargetProblem::describe(m_target, errno, false,
                                            tr("the finished backup could not be given its "
                                               "name")));
    }
    auto set = BackupSet::read(m_target);
    if (!set) {
        QDir(m_target).removeRecursively();
        m_phase = Phase::Failed;
        return set.error();
    }
    m_result = set.value();
    m_phase = Phase::Done;
    return {};
}

Result<BackupSet> BackupJob::run(Database &db, const QString &targetFolder, BackupSet::Kind kind,
                                 const QDateTime &now)
{
    BackupJob job(db, targetFolder, kind, now);
    Status s = job.start();
    while (s && !job.finished()) {
        s = job.step();
    }
    if (!s) {
        return s.error();
    }
    return job.result();
}

} // namespace committee
