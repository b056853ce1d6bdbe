#include "cli/CliCommand.h"

#include "common/Period.h"
#include "documents/Documents.h"

#include <QCommandLineParser>

namespace committee::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("committee::cli", text);
}

QString logbookHelp()
{
    QString text = tr("Usage: committee-desk-cli [--db FILE] logbook --book KIND --year Y "
                      "[--to Y2] --out FILE\n\n"
                      "Writes one of the record books for a year (or the years Y to Y2): a "
                      "cover, the contents, each meeting on its own page with lines to sign, "
                      "and page numbers. The format follows the file name: .pdf, .odt, .html, "
                      "and .xlsx for the books that are tables.\n\nKinds:\n");
    for (const QString &kind : Documents::logbookKinds()) {
        const DocumentSpec *spec = Documents::byId(Documents::logbookId(kind));
        text += QStringLiteral("  %1%2\n").arg(kind.leftJustified(14), Documents::name(*spec));
    }
    return text;
}

int runLogbook(const CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption book(QStringLiteral("book"), tr("Kind of book."),
                                  QStringLiteral("kind"));
    const QCommandLineOption year(QStringLiteral("year"), tr("Year."), QStringLiteral("year"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last year, for several years."),
                                QStringLiteral("year"));
    const QCommandLineOption out(QStringLiteral("out"), tr("File to write."),
                                 QStringLiteral("file"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Help."));
    parser.addOptions({book, year, to, out, help});
    if (!parser.parse(context.arguments)) {
        return usage(parser.errorText());
    }
    if (parser.isSet(help)) {
        printOut(logbookHelp());
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usage(tr("“logbook” takes only options. See logbook --help."));
    }
    const QString kind = parser.value(book);
    if (!Documents::logbookKinds().contains(kind)) {
        return usage(tr("Unknown book “%1”. Kinds: %2.")
                         .arg(kind, Documents::logbookKinds().join(QStringLiteral(", "))));
    }
    bool yearOk = false, toOk = true;
    DocumentRequest request;
    request.year = parser.value(year).toInt(&yearOk);
    if (parser.isSet(to)) {
        request.lastYear = parser.value(to).toInt(&toOk);
    }
    if (!yearOk || !isValidYear(request.year)) {
        return usage(
            tr("--year needs a year from %1 to %2, such as 2024.").arg(kFirstYear).arg(kLastYear));
    }
    if (!toOk || (request.lastYear != 0 &&
                  (request.lastYear < request.year || !isValidYear(request.lastYear)))) {
        return usage(tr("--to needs a year from --year to %1.").arg(kLastYear));
    }
    return writeDocument(context, Documents::logbookId(kind), request, parser.value(out));
}

} // namespace

QList<CliCommand> logbookCommands()
{
    return {{QStringLiteral("logbook"),
             QT_TRANSLATE_NOOP("committee::cli::Commands",
                               "logbook --book KIND --year Y --out FILE: a record book "
                               "(logbook --help lists the kinds)"),
             runLogbook}};
}

} // namespace committee::cli
