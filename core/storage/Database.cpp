#include "storage/Database.h"

#include "storage/Backup.h"
#include "storage/DatabaseFile.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace committee {

namespace {

Result<std::unique_ptr<QLockFile>> acquireLock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    // The lock lives as long as the window is open, so it must never expire by age; a lock
    // left by a crashed process is still detected through its process id.
    lock->setStaleLockTime(0);
    if (lock->tryLock(100)) {
        return lock;
    }
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        return makeError(Error::Kind::Locked,
                         Database::tr("This database is already open in another Committee Desk "
                                      "window (process %1 on %2). Close that window first, or "
                                      "switch to it.")
                             .arg(pid)
                             .arg(host));
    }
    return makeError(Error::Kind::Io, Database::tr("Cannot create the lock file beside %1. Check "
                                                   "that the folder is writable.")
                                          .arg(QDir::toNativeSeparators(path)));
}

QString backupPathBeforeMigration(const QString &path, int fromVersion)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return QDir(Backup::defaultFolder(path))
        .filePath(QStringLiteral("%1-v%2-before-update-%3.db")
                      .arg(QFileInfo(path).completeBaseName())
                      .arg(fromVersion)
                      .arg(stamp));
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, const OpenOptions &options)
{
    if (path.isEmpty()) {
        return makeError(Error::Kind::Invalid, tr("No database file was given."));
    }
    const QFileInfo fi(path);
    const QString absolute = fi.absoluteFilePath();
    if (!fi.exists() && !options.createIfMissing) {
        return makeError(
            Error::Kind::NotFound,
            tr("The database %1 does not exist.").arg(QDir::toNativeSeparators(absolute)));
    }
    if (!fi.absoluteDir().exists() && !QDir().mkpath(fi.absolutePath())) {
        return makeError(
            Error::Kind::Io,
            tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(fi.absolutePath())));
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = absolute;
    if (options.lock) {
        auto lock = acquireLock(absolute);
        if (!lock) {
            return lock.error();
        }
        db->m_lock = std::move(lock.value());
    }

    // Everything that could refuse the file happens before the first write to it.
    auto info = DatabaseFile::inspect(absolute);
    if (!info) {
        return info.error();
    }
    if (info->userVersion > Migrations::latestVersion()) {
        return makeError(Error::Kind::TooNew,
                         tr("This database was saved by a newer version of Committee Desk "
                            "(data version %1; this version reads up to %2). Install the newer "
                            "version to open it. The file has not been changed.")
                             .arg(info->userVersion)
                             .arg(Migrations::latestVersion()));
    }
    if (!info->exists && !QFileInfo(fi.absolutePath()).isWritable()) {
        return makeError(Error::Kind::Io, tr("Cannot create a database in %1: the folder is "
                                             "read-only.")
                                              .arg(QDir::toNativeSeparators(fi.absolutePath())));
    }

    db->m_connectionName =
        QStringLiteral("committee-") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase connection =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    connection.setDatabaseName(absolute);
    connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!connection.open()) {
        return makeError(Error::Kind::Io, tr("Cannot open %1: %2")
                                              .arg(QDir::toNativeSeparators(absolute),
                                                   connection.lastError().text()));
    }
    if (Status s = db->configure(); !s) {
        return s.error();
    }
    // Seen only now when a crash left a journal that had to be replayed first.
    if (db->schemaVersion() > Migrations::latestVersion()) {
        return makeError(Error::Kind::TooNew,
                         tr("This database was saved by a newer version of Committee Desk "
                            "(data version %1; this version reads up to %2). Install the newer "
                            "version to open it. The file has not been changed.")
                             .arg(db->schemaVersion())
                             .arg(Migrations::latestVersion()));
    }

    if (options.migrate && db->schemaVersion() < Migrations::latestVersion()) {
        if (db->schemaVersion() > 0) {
            auto backup =
                Backup::copyTo(*db, backupPathBeforeMigration(absolute, db->schemaVersion()));
            if (!backup) {
                return makeError(Error::Kind::Io,
                                 tr("The database needs an update, but the safety copy taken "
                                    "before it failed, so nothing was changed. %1")
                                     .arg(backup.error().message));
            }
            db->m_migrationBackup = backup.value();
        }
        if (Status s = Migrations::migrate(*db); !s) {
            return s.error();
        }
    }
    return db;
}

Status Database::configure()
{
    if (auto r = Sql::exec(*this, QStringLiteral("PRAGMA foreign_keys = ON")); !r) {
        return r.error();
    }
    auto mode = Sql::scalar(*this, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode) {
        return mode.error();
    }
    m_journalMode = mode->toString().toLower();
    if (m_journalMode != QLatin1String("wal")) {
        // Some USB and network file systems cannot share memory for WAL. The default
        // rollback journal is still safe there, only slower.
        auto fallback = Sql::scalar(*this, QStringLiteral("PRAGMA journal_mode = DELETE"));
        if (!fallback) {
            return fallback.error();
        }
        m_journalMode = fallback->toString().toLower();
    }
    if (auto r = Sql::exec(*this, QStringLiteral("PRAGMA synchronous = FULL")); !r) {
        return r.error();
    }
    // 32 MB of pages kept in memory (the default is 2 MB): a filter over 100,000 records
    // then reads the table from memory on each keystroke instead of from the file.
    if (auto r = Sql::exec(*this, QStringLiteral("PRAGMA cache_size = -32768")); !r) {
        return r.error();
    }
    if (auto r = Sql::exec(*this, QStringLiteral("PRAGMA busy_timeout = 5000")); !r) {
        return r.error();
    }
    auto fk = Sql::scalar(*this, QStringLiteral("PRAGMA foreign_keys"));
    if (!fk || fk->toInt() != 1) {
        return makeError(Error::Kind::Generic,
                         tr("This SQLite library cannot enforce links between records."));
    }
    return {};
}

Database::~Database()
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
            connection.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace committee
