#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QLockFile;

namespace committee {

struct OpenOptions {
    // Hold a lock file for as long as the database is open, so a second window on the
    // same file is refused instead of both writing to it.
    bool lock = true;
    bool createIfMissing = true;
    // Bring the schema up to date (taking a verified backup first).
    bool migrate = true;
};

// One open SQLite file with the pragmas the app relies on. Not copyable; closing happens
// in the destructor, which also releases the lock.
class Database {
    Q_DECLARE_TR_FUNCTIONS(committee::Database)
public:
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  const OpenOptions &options = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    // Set when opening ran migrations; names the verified backup taken before them.
    QString migrationBackupPath() const { return m_migrationBackup; }
    // The journal mode actually in force ("wal", or "delete" where WAL is not possible).
    QString journalMode() const { return m_journalMode; }

    // Transaction nesting depth, kept here because it belongs to the connection.
    int &transactionDepth() { return m_txDepth; }

private:
    Database() = default;
    Status configure();

    QString m_path;
    QString m_connectionName;
    QString m_journalMode;
    QString m_migrationBackup;
    std::unique_ptr<QLockFile> m_lock;
    int m_txDepth = 0;
};

} // namespace committee
