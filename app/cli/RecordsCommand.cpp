#include "cli/CliCommand.h"

#include "common/Period.h"
#include "exchange/RecordExchange.h"
#include "ledger/LedgerTypes.h"
#include "records/FieldText.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace committee::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("committee::cli", text);
}

QString typeList()
{
    QStringList ids;
    for (const RecordType *type : LedgerTypes::all()) {
        ids << type->id;
    }
    ids << LedgerTypes::agendaItem().id;
    return ids.join(QStringLiteral(", "));
}

int runList(const CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption type(QStringLiteral("type"), tr("Record type."),
                                  QStringLiteral("type"));
    const QCommandLineOption year(QStringLiteral("year"), tr("Only this year."),
                                  QStringLiteral("year"));
    const QCommandLineOption format(QStringLiteral("format"), tr("json or csv."),
                                    QStringLiteral("format"), QStringLiteral("json"));
    const QCommandLineOption sensitive(QStringLiteral("include-sensitive"),
                                       tr("Include fields marked sensitive."));
    parser.addOptions({type, year, format, sensitive});
    if (!parser.parse(args)) {
        return usage(parser.errorText());
    }
    const RecordType *recordType = LedgerTypes::byId(parser.value(type));
    if (!recordType) {
        return usage(
            tr("Unknown record type “%1”. Types: %2.").arg(parser.value(type), typeList()));
    }
    const QString chosen = parser.value(format);
    if (chosen != QLatin1String("json") && chosen != QLatin1String("csv")) {
        return usage(tr("Unknown format “%1”: use json or csv.").arg(chosen));
    }
    bool yearOk = true;
    RecordQuery query;
    if (parser.isSet(year)) {
        query.year = parser.value(year).toInt(&yearOk);
    }
    if (!yearOk || (parser.isSet(year) && !isValidYear(query.year))) {
        return usage(
            tr("--year needs a year from %1 to %2, such as 2024.").arg(kFirstYear).arg(kLastYear));
    }
    OpenOptions options;
    options.createIfMissing = false;
    options.lock = false;
    auto db = Database::open(context.databasePath, options);
    if (!db) {
        return fail(db.error());
    }
    ExchangeOptions exchange;
    exchange.includeSensitive = parser.isSet(sensitive);
    auto out = chosen == QLatin1String("json")
                   ? RecordExchange::toJson(*db.value(), *recordType, query, exchange)
                   : RecordExchange::toCsv(*db.value(), *recordType, query, exchange);
    if (!out) {
        return fail(out.error());
    }
    printRaw(out.value() + (chosen == QLatin1String("json") ? "\n" : ""));
    return Success;
}

int runImport(const CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption type(QStringLiteral("type"), tr("Record type."),
                                  QStringLiteral("type"));
    parser.addOption(type);
    if (!parser.parse(args)) {
        return usage(parser.errorText());
    }
    const RecordType *recordType = LedgerTypes::byId(parser.value(type));
    if (!recordType || recordType->id == LedgerTypes::agendaItem().id) {
        return usage(
            tr("Unknown record type “%1”. Types: %2.").arg(parser.value(type), typeList()));
    }
    // The parser takes "import" as its program name, so the file is the only positional.
    if (parser.positionalArguments().size() != 1) {
        return usage(tr("records import needs exactly one file (.csv or .json)."));
    }
    const QString path = parser.positionalArguments().at(0);
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) &&
        !path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        return usage(tr("%1: the file must end in .csv or .json.").arg(path));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(
            makeError(Error::Kind::Io, tr("Cannot read %1: %2").arg(path, file.errorString())));
    }
    auto db = Database::open(context.databasePath);
    if (!db) {
        return fail(db.error());
    }
    auto result = RecordExchange::import(*db.value(), *recordType, QFileInfo(path).fileName(),
                                         file.readAll());
    if (!result) {
        return fail(result.error());
    }
    printOut(tr("Imported %1 records into %2%3.\n")
                 .arg(result->imported)
                 .arg(FieldText::typeName(recordType->plural))
                 .arg(result->decodedAsGbk ? tr(" (the file was read as GBK)") : QString()));
    return Success;
}

int runRecords(const CliContext &context)
{
    const QStringList args = context.arguments;
    if (args.size() < 2) {
        return usage(tr("Use “records list” or “records import”. See --help."));
    }
    QStringList rest = args.mid(1); // "list" or "import" first, as the parser's program name
    if (args.at(1) == QLatin1String("list")) {
        return runList(context, rest);
    }
    if (args.at(1) == QLatin1String("import")) {
        return runImport(context, rest);
    }
    return usage(tr("Unknown records command “%1”: use list or import.").arg(args.at(1)));
}

} // namespace

QList<CliCommand> recordsCommands()
{
    return {{QStringLiteral("records"),
             QT_TRANSLATE_NOOP("committee::cli::Commands",
                               "records list --type TYPE [--year Y] [--format json|csv]; records "
                               "import --type TYPE FILE.csv|FILE.json"),
             runRecords}};
}

} // namespace committee::cli
