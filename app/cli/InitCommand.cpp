#include "cli/CliCommand.h"

#include "reference/ReferenceLoader.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QDir>

namespace committee::cli {

namespace {

int runInit(const CliContext &context)
{
    if (context.arguments.size() > 1) {
        return usage(
            QCoreApplication::translate("committee::cli::Commands", "“init” takes no arguments."));
    }
    auto db = Database::open(context.databasePath);
    if (!db) {
        return fail(db.error());
    }
    if (Status s = ReferenceLoader::ensureOfficialEditions(*db.value()); !s) {
        return fail(s.error());
    }
    QString message = QCoreApplication::translate("committee::cli::Commands",
                                                  "Database ready: %1 (data version %2)\n")
                          .arg(QDir::toNativeSeparators(db.value()->path()))
                          .arg(db.value()->schemaVersion());
    if (!db.value()->migrationBackupPath().isEmpty()) {
        message += QCoreApplication::translate("committee::cli::Commands",
                                               "A copy from before the update was kept: %1\n")
                       .arg(QDir::toNativeSeparators(db.value()->migrationBackupPath()));
    }
    printOut(message);
    return Success;
}

} // namespace

QList<CliCommand> initCommands()
{
    return {{QStringLiteral("init"),
             QT_TRANSLATE_NOOP("committee::cli::Commands",
                               "Create the database, or bring it up to date, and load the "
                               "official lists."),
             runInit}};
}

} // namespace committee::cli
