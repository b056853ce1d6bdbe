#pragma once

#include "backup/BackupSet.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace committee {

// Puts a backup in place of a database. The database must not be open: restore takes its
// lock like the app does, and refuses while a window or the command-line tool holds it.
//
//  1. The backup is checked (BackupSet::check); a bad one changes nothing.
//  2. The current database is kept: a healthy one as a checked "before-restore" backup
//     (with its attachments) in the backups folder; a damaged one, which cannot be read,
//     is moved aside unchanged (with its journal files) into "<name>-<time>-damaged/".
//  3. The backup's attached files are added to the attachment store (which only ever
//     gains files, so nothing there is lost).
//  4. The backup's database is copied beside the original as "<name>.restore-part",
//     checked, and renamed over it in one step, so at every moment the file is either
//     the old database or the restored one.
class Restore {
    Q_DECLARE_TR_FUNCTIONS(committee::Restore)
public:
    struct Outcome {
        BackupSet restored;
        QString safetyCopy;    // the before-restore backup of the replaced database, if any
        QString damagedKeptAt; // the folder the damaged original was moved to, if any
        int attachmentsAdded = 0;
    };
    static Result<Outcome> run(const QString &databasePath, const BackupSet &backup,
                               const QDateTime &now = QDateTime::currentDateTime());
};

} // namespace committee
