#include "cli/CliCommand.h"

#include "common/Period.h"
#include "documents/DocumentExport.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QHash>

namespace committee::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("committee::cli", text);
}

QString reportHelp()
{
    return tr("Usage: committee-desk-cli [--db FILE] report quarterly|annex|township --year Y "
              "--quarter Q --out FILE\n\n"
              "quarterly: the quarterly progress sheet (附件2 of 渝北民〔2023〕24号), the official "
              "one-page form. The saved sheet of that quarter is used; without one, the draft "
              "from the quarter's records, marked as a draft.\n"
              "annex: the measures of the task list with the quarter's records and a suggested "
              "status (附：具体措施办理情况), printed beside the sheet on request.\n"
              "township: in a township overview, the summary of the committees' sheets for the "
              "quarter, naming those that sent none.\n"
              "The format follows the file name: .pdf, .odt, .xlsx or .html.\n");
}

int runReport(const CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption year(QStringLiteral("year"), tr("Year."), QStringLiteral("year"));
    const QCommandLineOption quarter(QStringLiteral("quarter"), tr("Quarter, 1 to 4."),
                                     QStringLiteral("quarter"));
    const QCommandLineOption out(QStringLiteral("out"), tr("File to write."),
                                 QStringLiteral("file"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Help."));
    parser.addOptions({year, quarter, out, help});
    if (!parser.parse(context.arguments)) {
        return usage(parser.errorText());
    }
    if (parser.isSet(help)) {
        printOut(reportHelp());
        return Success;
    }
    // The kind the clerk types, and the document it makes.
    static const QHash<QString, QString> kinds{
        {QStringLiteral("quarterly"), QStringLiteral("quarterly")},
        {QStringLiteral("annex"), QStringLiteral("quarterly-annex")},
        {QStringLiteral("township"), QStringLiteral("township-quarterly")}};
    if (parser.positionalArguments().size() != 1 ||
        !kinds.contains(parser.positionalArguments().constFirst())) {
        return usage(tr("Use “report quarterly --year Y --quarter Q --out FILE”. See report "
                        "--help."));
    }
    const QString documentId = kinds.value(parser.positionalArguments().constFirst());
    bool yearOk = false, quarterOk = false;
    DocumentRequest request;
    request.year = parser.value(year).toInt(&yearOk);
    request.quarter = parser.value(quarter).toInt(&quarterOk);
    if (!yearOk || !isValidYear(request.year)) {
        return usage(
            tr("--year needs a year from %1 to %2, such as 2024.").arg(kFirstYear).arg(kLastYear));
    }
    if (!quarterOk || request.quarter < 1 || request.quarter > 4) {
        return usage(tr("--quarter needs a quarter from 1 to 4."));
    }
    return writeDocument(context, documentId, request, parser.value(out));
}

} // namespace

int writeDocument(const CliContext &context, const QString &documentId,
                  const DocumentRequest &request, const QString &out)
{
    if (out.isEmpty()) {
        return usage(tr("--out needs the file to write, ending in .pdf, .odt, .xlsx or .html."));
    }
    if (auto format = DocumentExport::formatOf(out); !format) {
        return usage(format.error().message);
    }
    OpenOptions options;
    options.createIfMissing = false;
    options.lock = false; // only reads; the desktop app may have the file open
    auto db = Database::open(context.databasePath, options);
    if (!db) {
        return fail(db.error());
    }
    if (Status s = DocumentExport::save(*db.value(), documentId, request, out); !s) {
        return fail(s.error());
    }
    printOut(tr("Wrote %1.\n").arg(QDir::toNativeSeparators(out)));
    return Success;
}

QList<CliCommand> reportCommands()
{
    return {{QStringLiteral("report"),
             QT_TRANSLATE_NOOP("committee::cli::Commands",
                               "report quarterly --year Y --quarter Q --out FILE: the quarterly "
                               "progress sheet as .pdf, .odt, .xlsx or .html"),
             runReport}};
}

} // namespace committee::cli
