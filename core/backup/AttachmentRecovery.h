#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace committee {

class Database;

// Files the records refer to that the attachment store has lost (deleted by hand, a disk
// error), and getting them back from the backups. The store is content-addressed, so a
// file with the same SHA-256 from any backup is exactly the lost one, and no record has
// to be rolled back to recover it.
class AttachmentRecovery {
    Q_DECLARE_TR_FUNCTIONS(committee::AttachmentRecovery)
public:
    struct Missing {
        QString record;   // e.g. "Meeting #12", translated
        QString fileName; // the name the clerk's file had
        QString sha256;
    };
    static Result<QList<Missing>> missing(Database &db);
    // "Meeting #12: sign-in.jpg; …", at most `limit` lines and a count of the rest.
    static QString describe(const QList<Missing> &missing, int limit = 8);

    // Copies every missing file that some backup in `backupFolder` holds back into the
    // store, checking each copy's SHA-256. Returns the files still missing afterwards.
    static Result<QList<Missing>> recover(Database &db, const QString &backupFolder);
};

} // namespace committee
