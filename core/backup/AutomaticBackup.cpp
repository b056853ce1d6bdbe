#include "backup/AutomaticBackup.h"

#include "backup/BackupJob.h"
#include "common/AppSettings.h"
#include "storage/Backup.h"
#include "storage/Database.h"

namespace committee {

QString AutomaticBackup::folder(const Database &db)
{
    return Backup::defaultFolder(db.path());
}

bool AutomaticBackup::due(const Database &db, const QDateTime &now)
{
    return BackupRotation::dailyDue(BackupRotation::lastAutomatic(folder(db), db.path()), now);
}

QString AutomaticBackup::target(const Database &db, const QDateTime &now)
{
    return BackupJob::targetIn(folder(db), db.path(), BackupSet::Kind::Automatic, now);
}

RotationPolicy AutomaticBackup::policy(const AppSettings &settings)
{
    return {settings.backupKeepLast(), settings.backupKeepMonths()};
}

Status AutomaticBackup::rotate(const Database &db, const AppSettings &settings, const QDate &today)
{
    return BackupRotation::apply(folder(db), db.path(), policy(settings), today);
}

} // namespace committee
