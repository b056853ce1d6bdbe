#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace committee {

class Database;

// Consistent copies of a live database. VACUUM INTO reads through SQLite, so a copy taken
// while the WAL holds unmerged pages is still complete (a raw file copy would not be).
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
