#include "cli/CliCommand.h"

#include "reference/ReferenceExport.h"
#include "storage/Database.h"

#include <QCommandLineParser>

namespace committee::cli {

namespace {

int runReference(const CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption format(
        QStringLiteral("format"),
        QCoreApplication::translate("committee::cli::Commands", "Output format: json or text."),
        QStringLiteral("format"), QStringLiteral("text"));
    parser.addOption(format);
    if (!parser.parse(context.arguments)) {
        return usage(parser.errorText());
    }
    const QString chosen = parser.value(format);
    if (chosen != QLatin1String("json") && chosen != QLatin1String("text")) {
        return usage(QCoreApplication::translate("committee::cli::Commands",
                                                 "Unknown format “%1”: use json or text.")
                         .arg(chosen));
    }
    OpenOptions options;
    options.createIfMissing = false;
    options.lock = false; // read-only use; the GUI may have the file open
    options.migrate = false;
    auto db = Database::open(context.databasePath, options);
    if (!db) {
        return fail(db.error());
    }
    auto lists = ReferenceExport::read(*db.value());
    if (!lists) {
        return fail(lists.error());
    }
    if (chosen == QLatin1String("json")) {
        printRaw(ReferenceExport::toJson(lists.value()) + '\n');
    } else {
        printOut(ReferenceExport::toText(lists.value()));
    }
    return Success;
}

} // namespace

QList<CliCommand> referenceCommands()
{
    return {{QStringLiteral("reference"),
             QT_TRANSLATE_NOOP("committee::cli::Commands",
                               "Print the current editions of the duty checklist and the key-task "
                               "list (--format json|text)."),
             runReference}};
}

} // namespace committee::cli
