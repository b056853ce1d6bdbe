#include "cli/CliCommand.h"

#include "committee/CommitteeProfile.h"
#include "reference/ReferenceLoader.h"
#include "storage/Database.h"

namespace committee::cli {

namespace {

int runDemo(const CliContext &context)
{
    if (context.arguments.size() > 1) {
        return usage(
            QCoreApplication::translate("committee::cli::Commands", "“demo” takes no arguments."));
    }
    auto db = Database::open(context.databasePath);
    if (!db) {
        return fail(db.error());
    }
    if (Status s = ReferenceLoader::ensureOfficialEditions(*db.value()); !s) {
        return fail(s.error());
    }
    CommitteeProfile profile(*db.value());
    auto existing = profile.load();
    if (!existing) {
        return fail(existing.error());
    }
    if (existing->has_value()) {
        return fail(makeError(Error::Kind::Conflict,
                              QCoreApplication::translate("committee::cli::Commands",
                                                          "This database already belongs to a "
                                                          "committee; the demo only fills an "
                                                          "empty one.")));
    }
    if (Status s = profile.save(DemoCommittee::profile(), DemoCommittee::members()); !s) {
        return fail(s.error());
    }
    printOut(QCoreApplication::translate("committee::cli::Commands",
                                         "Filled in the sample committee %1.\n")
                 .arg(DemoCommittee::profile().text(QStringLiteral("name"))));
    return Success;
}

} // namespace

QList<CliCommand> demoCommands()
{
    return {{QStringLiteral("demo"),
             QT_TRANSLATE_NOOP("committee::cli::Commands",
                               "Fill an empty database with a sample committee, for trying the "
                               "app."),
             runDemo}};
}

} // namespace committee::cli
