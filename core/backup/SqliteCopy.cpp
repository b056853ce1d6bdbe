#include "backup/SqliteCopy.h"

#include "backup/TargetProblem.h"

#include <QDir>
#include <QSqlDriver>
#include <QThread>
#include <QVariant>

#include <cerrno>

#include <sqlite3.h>

namespace committee {

namespace {

// The sqlite3 handle behind a Qt connection. Qt's SQLite driver links the same system
// libsqlite3 as the app (Debian builds it that way), so the handle can be used directly.
sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver()) {
        return nullptr;
    }
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(v.constData());
}

} // namespace

SqliteCopy::SqliteCopy(const QSqlDatabase &source, const QString &targetPath)
    : m_source(source), m_target(targetPath)
{}

SqliteCopy::~SqliteCopy()
{
    close();
}

void SqliteCopy::close()
{
    if (m_backup) {
        sqlite3_backup_finish(m_backup);
        m_backup = nullptr;
    }
    if (m_dest) {
        sqlite3_close_v2(m_dest);
        m_dest = nullptr;
    }
}

Error SqliteCopy::writeError(int code, int osError) const
{
    // sqlite3_backup_step reports its error by return code only; the destination handle's
    // message and errno may be stale, so both the code and the errno seen right after the
    // call are used.
    if (m_dest && sqlite3_system_errno(m_dest) != 0) {
        osError = sqlite3_system_errno(m_dest);
    }
    const QString detail = QString::fromUtf8(sqlite3_errstr(code));
    return TargetProblem::describe(m_target, osError, (code & 0xff) == SQLITE_FULL, detail);
}

Status SqliteCopy::start()
{
    sqlite3 *source = handleOf(m_source);
    if (!source) {
        return makeError(Error::Kind::Generic, tr("The database is not open, so it cannot be "
                                                  "copied."));
    }
    const QByteArray path = QDir::toNativeSeparators(m_target).toUtf8();
    const int rc = sqlite3_open_v2(path.constData(), &m_dest,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        Error error = writeError(rc, errno);
        close();
        return error;
    }
    sqlite3_extended_result_codes(m_dest, 1);
    // The copy is a closed file: a rollback journal, never WAL, so it can later be read
    // from a write-protected stick.
    m_backup = sqlite3_backup_init(m_dest, "main", source, "main");
    if (!m_backup) {
        Error error = writeError(sqlite3_errcode(m_dest), errno);
        close();
        return error;
    }
    return {};
}

Result<bool> SqliteCopy::step(int pages)
{
    if (!m_backup) {
        return makeError(Error::Kind::Generic, tr("The copy was not started."));
    }
    errno = 0;
    const int rc = sqlite3_backup_step(m_backup, qMax(1, pages));
    const int osError = errno;
    m_remaining = sqlite3_backup_remaining(m_backup);
    m_total = sqlite3_backup_pagecount(m_backup);
    if (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        return false; // more to do; a busy source is tried again on the next step
    }
    if (rc != SQLITE_DONE) {
        Error error = writeError(rc, osError);
        close();
        return error;
    }
    int finished = sqlite3_backup_finish(m_backup);
    m_backup = nullptr;
    // The pages carry the source's WAL flag; the copy is switched to a rollback journal.
    if (finished == SQLITE_OK) {
        finished = sqlite3_exec(m_dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    }
    if (finished != SQLITE_OK) {
        Error error = writeError(finished, errno);
        close();
        return error;
    }
    if (sqlite3_close(m_dest) != SQLITE_OK) {
        Error error = writeError(sqlite3_errcode(m_dest), errno);
        close();
        return error;
    }
    m_dest = nullptr;
    return true;
}

Status SqliteCopy::copy(const QSqlDatabase &source, const QString &targetPath)
{
    SqliteCopy copy(source, targetPath);
    if (Status s = copy.start(); !s) {
        return s;
    }
    // A write by another connection makes the source busy for a moment; give up after a
    // minute of that rather than wait forever.
    for (int attempt = 0; attempt < 60000; ++attempt) {
        auto done = copy.step(1024);
        if (!done) {
            return done.error();
        }
        if (done.value()) {
            return {};
        }
        if (copy.pagesDone() == 0) {
            QThread::msleep(1);
        }
    }
    return makeError(Error::Kind::Locked, tr("The database stayed busy, so no copy was made."));
}

} // namespace committee
