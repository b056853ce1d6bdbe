#include "storage/Migrations.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/schema/SchemaVersions.h"

namespace committee {

const QList<Migrations::Step> &Migrations::steps()
{
    static const QList<Step> all = {
        {1, "committee, members and editions of the official lists", schema::version1()},
        {2, "audit trail", schema::version2()},
        {3, "the committee's records, attachments, links and amendments", schema::version3()},
        {4, "committee identity, app lock and township overview", schema::version4()},
    };
    return all;
}

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

Status Migrations::migrate(Database &db, int target)
{
    if (target < 0) {
        target = latestVersion();
    }
    for (const Step &step : steps()) {
        if (step.version <= db.schemaVersion() || step.version > target) {
            continue;
        }
        Transaction tx(db);
        if (!tx.isActive()) {
            return tx.error();
        }
        for (const QString &statement : step.statements) {
            if (auto r = Sql::exec(db, statement); !r) {
                return makeError(Error::Kind::Generic,
                                 tr("Updating the database to version %1 failed; it was left "
                                    "at version %2. %3")
                                     .arg(step.version)
                                     .arg(step.version - 1)
                                     .arg(r.error().message));
            }
        }
        // PRAGMA user_version cannot take a bound parameter; the value is our own integer.
        if (auto r = Sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version));
            !r) {
            return r.error();
        }
        if (Status s = tx.commit(); !s) {
            return s;
        }
    }
    return {};
}

} // namespace committee
