#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace committee {

// Which automatic backups to keep: the newest `keepLast`, plus the newest of each calendar
// month among the `keepMonths` months up to and including the current one. Manual backups,
// safety copies taken before a restore and copies taken before an update are never
// removed by rotation.
struct RotationPolicy {
    int keepLast = 10;
    int keepMonths = 12;
};

class BackupRotation {
    Q_DECLARE_TR_FUNCTIONS(committee::BackupRotation)
public:
    // The indices of `dates` (any order) to keep on `today`, ascending.
    static QList<int> keep(const QList<QDateTime> &dates, const RotationPolicy &policy,
                           const QDate &today);

    // Removes the automatic backup folders of the database `databasePath` in `folder` that
    // keep() does not keep. Backups of other databases there (the demo's) are not counted.
    // Returns the paths removed.
    static Result<QStringList> apply(const QString &folder, const QString &databasePath,
                                     const RotationPolicy &policy, const QDate &today);

    // The newest automatic backup of `databasePath` in `folder`, by the time in its name;
    // invalid if none.
    static QDateTime lastAutomatic(const QString &folder, const QString &databasePath);
    // Whether the daily automatic backup is due: none yet, or the last one is a day old.
    static bool dailyDue(const QDateTime &lastAutomatic, const QDateTime &now);
};

} // namespace committee
