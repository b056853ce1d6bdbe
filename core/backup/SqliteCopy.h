#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_backup;

namespace committee {

// SQLite's online backup API (sqlite3_backup_*) from an open Qt connection into a new file,
// a few pages at a time. Between steps the app may go on reading and writing through the
// same connection: SQLite carries those changes into the copy, so the copy is always one
// consistent state and the UI never waits for the whole file.
class SqliteCopy {
    Q_DECLARE_TR_FUNCTIONS(committee::SqliteCopy)
public:
    // `source` must stay open until the copy is finished or destroyed.
    SqliteCopy(const QSqlDatabase &source, const QString &targetPath);
    ~SqliteCopy();
    SqliteCopy(const SqliteCopy &) = delete;
    SqliteCopy &operator=(const SqliteCopy &) = delete;

    // Creates the target file (which must not exist) and prepares the copy.
    Status start();
    // Copies up to `pages` pages. Returns true once every page is copied and the target is
    // closed; an error leaves the target for the caller to remove.
    Result<bool> step(int pages);
    // Pages copied so far and in all, for a progress bar (0 of 0 before the first step).
    int pagesDone() const { return m_total - m_remaining; }
    int pagesTotal() const { return m_total; }

    // Copies the whole database at once.
    static Status copy(const QSqlDatabase &source, const QString &targetPath);

private:
    Error writeError(int code, int osError) const;
    void close();

    QSqlDatabase m_source;
    QString m_target;
    sqlite3 *m_dest = nullptr;
    sqlite3_backup *m_backup = nullptr;
    int m_total = 0;
    int m_remaining = 0;
};

} // namespace committee
