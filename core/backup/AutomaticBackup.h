#pragma once

#include "backup/BackupRotation.h"
#include "common/Result.h"

#include <QDateTime>
#include <QString>

namespace committee {

class AppSettings;
class Database;

// The rules of the automatic backups: made into the backups folder beside the database
// (Backup::defaultFolder) when the app closes and once a day while it runs, then rotated
// as the settings say. Who runs the steps (the app on a timer, a test at once) is the
// caller's choice; see BackupJob.
class AutomaticBackup {
public:
    static QString folder(const Database &db);
    // Whether the daily backup is due: the newest automatic backup is a day old, or none.
    static bool due(const Database &db, const QDateTime &now);
    // The folder a new automatic backup made at `now` gets.
    static QString target(const Database &db, const QDateTime &now);
    static RotationPolicy policy(const AppSettings &settings);
    // Removes the automatic backups the policy no longer keeps.
    static Status rotate(const Database &db, const AppSettings &settings, const QDate &today);
};

} // namespace committee
