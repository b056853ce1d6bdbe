#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace committee {

class AppSettings;
class Database;

// Moves the clerk's data to another folder (a larger disk, a folder that is backed up, the
// D: drive of a new PC) so that at every moment one complete, checked copy exists:
//
//  1. moveTo() copies the open database consistently (VACUUM INTO, through Backup) and the
//     backups/ and attachments/ folders beside it, checks the copy, and only then records
//     the new folder in the settings. The old folder is not touched. On any failure nothing is
//     recorded and what was written is removed again.
//  2. The app restarts and opens the copy from the new folder.
//  3. Once the copy has opened, removePreviousFolder() deletes the old data if the clerk
//     wants that. It deletes only files Committee Desk itself keeps there, never a folder
//     wholesale, because the old folder may be one the clerk also uses for other things.
class DataFolderMove {
    Q_DECLARE_TR_FUNCTIONS(committee::DataFolderMove)
public:
    struct Copied {
        QString folder;       // the new data folder, absolute
        QString databasePath; // the checked copy of the database in it
        int tables = 0;       // tables whose rows were counted in both
        qint64 rows = 0;      // rows in all of them together
        int backupFiles = 0;  // files copied from backups/
        int attachments = 0;  // files copied from attachments/
    };

    // `db` must be the database in the data folder `settings` currently names (a demo or
    // a file opened with --db is not the clerk's data folder and is refused). The target
    // may exist but must not already hold a committee.db.
    static Result<Copied> moveTo(Database &db, const QString &targetFolder, AppSettings &settings);

    struct Counts {
        int tables = 0;
        qint64 rows = 0;
    };
    // Opens `copyPath` read-only, runs PRAGMA integrity_check, and compares its data
    // version, its list of tables and every table's row count with `source`.
    static Result<Counts> verifyCopy(Database &source, const QString &copyPath);

    // Deletes Committee Desk's files (committee.db and demo.db with their journals, the
    // copies in backups/, the stored files in attachments/) from the folder recorded as
    // previous by moveTo(), then the folders themselves if nothing else is left in them,
    // and forgets the folder in the settings.
    // Refuses while a database there is open. Returns whether the folder itself is gone.
    static Result<bool> removePreviousFolder(AppSettings &settings);
};

} // namespace committee
