#include "cli/CliCommand.h"

#include "committee/CommitteeProfile.h"
#include "ledger/DemoData.h"
#include "reference/ReferenceLoader.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCommandLineParser>
#include <QDate>

namespace committee::cli {

namespace {

int runDemo(const CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption years(
        QStringLiteral("years"),
        QCoreApplication::translate("committee::cli::Commands", "Years of records to make (1-30)."),
        QStringLiteral("n"));
    parser.addOption(years);
    if (!parser.parse(context.arguments) || !parser.positionalArguments().isEmpty()) {
        return usage(parser.errorText().isEmpty()
                         ? QCoreApplication::translate("committee::cli::Commands",
                                                       "“demo” takes only --years N.")
                         : parser.errorText());
    }
    bool ok = true;
    const int yearCount = parser.isSet(years) ? parser.value(years).toInt(&ok) : 0;
    if (!ok || (parser.isSet(years) && (yearCount < 1 || yearCount > 30))) {
        return usage(QCoreApplication::translate("committee::cli::Commands",
                                                 "--years needs a number from 1 to 30."));
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
    auto meetings = Sql::scalar(*db.value(), QStringLiteral("SELECT count(*) FROM meeting"));
    if (existing->has_value() && (yearCount == 0 || (meetings && meetings->toInt() > 0))) {
        return fail(makeError(Error::Kind::Conflict,
                              QCoreApplication::translate("committee::cli::Commands",
                                                          "This database already belongs to a "
                                                          "committee; the demo only fills an "
                                                          "empty one.")));
    }
    if (!existing->has_value()) {
        if (Status s = profile.save(DemoCommittee::profile(), DemoCommittee::members()); !s) {
            return fail(s.error());
        }
    }
    int records = 0;
    if (yearCount > 0) {
        auto filled = DemoData::fill(*db.value(), yearCount, QDate::currentDate());
        if (!filled) {
            return fail(filled.error());
        }
        records = filled->records;
    }
    printOut(QCoreApplication::translate("committee::cli::Commands",
                                         "Filled in the sample committee %1 with %2 records.\n")
                 .arg(DemoCommittee::profile().text(QStringLiteral("name")))
                 .arg(records));
    return Success;
}

} // namespace

QList<CliCommand> demoCommands()
{
    return {{QStringLiteral("demo"),
             QT_TRANSLATE_NOOP("committee::cli::Commands",
                               "Fill an empty database with a sample committee and, with --years "
                               "N, N years of sample records, for trying the app."),
             runDemo}};
}

} // namespace committee::cli
