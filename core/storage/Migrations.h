#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace committee {

class Database;

// The schema's history as ordered steps. Step N turns a version N-1 database into version
// N; each runs in its own transaction that also bumps PRAGMA user_version, so a crash
// leaves either the old version or the new one, never a mixture.
class Migrations {
    Q_DECLARE_TR_FUNCTIONS(committee::Migrations)
public:
    struct Step {
        int version;
        const char *summary;
        QStringList statements;
    };

    static const QList<Step> &steps();
    static int latestVersion();

    // Migrates up to `target` (the latest by default). Tests use a lower target to build
    // the fixture databases of earlier versions.
    static Status migrate(Database &db, int target = -1);
};

} // namespace committee
