#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace committee {

class Database;

// Consistent single-file copies of a live database (the copy taken before a data update,
// the database of a moved data folder). They are made with SQLite's backup API, which
// reads through SQLite, so a copy taken while the WAL holds unmerged pages is still
// complete (a raw file copy would not be). Backups for the clerk, with attachments and a
// manifest, are core/backup/BackupJob.
class Backup {
    Q_DECLARE_TR_FUNCTIONS(committee::Backup)
public:
    // Writes the copy under a temporary name, checks it with PRAGMA integrity_check, and
    // only then gives it its final name. Returns the final path.
    static Result<QString> copyTo(Database &db, const QString &targetPath);

    // The folder beside the database where automatic copies go.
    static QString defaultFolder(const QString &databasePath);

    // Opens a copy read-only and runs PRAGMA integrity_check on it.
    static Status verify(const QString &path);
};

} // namespace committee
