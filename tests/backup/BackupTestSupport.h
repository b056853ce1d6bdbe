#pragma once

#include "TestSupport.h"

#include "storage/Database.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace testing {

// A clerk's data folder in a scratch folder: committee.db with a year of demo records and
// two attached files (one shared by two records), as the app keeps them.
struct ClerkData {
    Scratch dir;
    QString folder = dir.path(QStringLiteral("data"));
    QString path = folder + QStringLiteral("/committee.db");
    std::unique_ptr<committee::Database> db;
    QStringList attachmentHashes;

    ClerkData();
    void close() { db.reset(); }
    void reopen();
    QString storeFile(const QString &sha256) const;
};

// Every row of every table, as text, in a stable order: two databases with equal dumps
// hold the same records.
QStringList dumpTables(committee::Database &db);

// The names in a folder (files and folders), sorted.
QStringList entriesOf(const QString &folder);

// Runs committee-desk-cli.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};
CliRun runCli(const QStringList &arguments);

// A folder nobody can write to for the length of a test: a read-only tmpfs mount when the
// tests run as root (who passes every permission check), a folder without write
// permission otherwise. `ok()` is false where neither works.
class ReadOnlyFolder {
public:
    explicit ReadOnlyFolder(const QString &path);
    ~ReadOnlyFolder();
    bool ok() const { return m_ok; }

private:
    QString m_path;
    bool m_mounted = false;
    bool m_ok = false;
};

// Limits the size of any file this process writes (RLIMIT_FSIZE) while it lives, and
// ignores SIGXFSZ, so writes past the limit fail as on a full disk.
class FileSizeLimit {
public:
    explicit FileSizeLimit(qint64 bytes);
    ~FileSizeLimit();

private:
    qint64 m_previous = -1;
};

} // namespace testing
