#include "cli/CliCommand.h"

#include "common/Period.h"

#include <QCommandLineParser>

namespace committee::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("committee::cli", text);
}

QString noticeHelp()
{
    return tr("Usage:\n"
              "  committee-desk-cli [--db FILE] notice decline --request ID --out FILE\n"
              "  committee-desk-cli [--db FILE] notice disclosure --disclosure ID --out FILE\n"
              "  committee-desk-cli [--db FILE] notice commitments --year Y --out FILE\n\n"
              "decline: the reply declining a request outside the assistance checklist "
              "(渝民发〔2021〕6号); disclosure: the sheet for the notice board, with lines for "
              "the supervisory committee's signatures and places for both seals; "
              "commitments: the members' commitments of a year, for posting.\n"
              "--date YYYY-MM-DD sets the date the notice carries (default: today). The "
              "format follows the file name: .pdf, .odt or .html (.xlsx for commitments).\n");
}

int runNotice(const CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption requestId(QStringLiteral("request"), tr("Request no."),
                                       QStringLiteral("id"));
    const QCommandLineOption disclosureId(QStringLiteral("disclosure"), tr("Disclosure no."),
                                          QStringLiteral("id"));
    const QCommandLineOption year(QStringLiteral("year"), tr("Year."), QStringLiteral("year"));
    const QCommandLineOption date(QStringLiteral("date"), tr("Date of the notice."),
                                  QStringLiteral("date"));
    const QCommandLineOption out(QStringLiteral("out"), tr("File to write."),
                                 QStringLiteral("file"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Help."));
    parser.addOptions({requestId, disclosureId, year, date, out, help});
    if (!parser.parse(context.arguments)) {
        return usage(parser.errorText());
    }
    if (parser.isSet(help)) {
        printOut(noticeHelp());
        return Success;
    }
    const QStringList kind = parser.positionalArguments();
    DocumentRequest request;
    if (parser.isSet(date)) {
        request.issuedOn = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!request.issuedOn.isValid()) {
            return usage(tr("--date needs a date such as 2024-03-31."));
        }
    }
    // A record number, or 0 when the option is missing or not a positive number.
    auto id = [&parser](const QCommandLineOption &option) -> qint64 {
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        return ok && value > 0 ? value : 0;
    };
    QString documentId;
    if (kind == QStringList{QStringLiteral("decline")}) {
        request.recordId = id(requestId);
        if (request.recordId == 0) {
            return usage(tr("notice decline needs --request ID, the number of the request."));
        }
        documentId = QStringLiteral("notice-decline");
    } else if (kind == QStringList{QStringLiteral("disclosure")}) {
        request.recordId = id(disclosureId);
        if (request.recordId == 0) {
            return usage(tr("notice disclosure needs --disclosure ID, the number of the "
                            "disclosure."));
        }
        documentId = QStringLiteral("notice-disclosure");
    } else if (kind == QStringList{QStringLiteral("commitments")}) {
        bool ok = false;
        request.year = parser.value(year).toInt(&ok);
        if (!ok || !isValidYear(request.year)) {
            return usage(tr("--year needs a year from %1 to %2, such as 2024.")
                             .arg(kFirstYear)
                             .arg(kLastYear));
        }
        documentId = QStringLiteral("notice-commitments");
    } else {
        return usage(tr("Use “notice decline”, “notice disclosure” or “notice commitments”. "
                        "See notice --help."));
    }
    return writeDocument(context, documentId, request, parser.value(out));
}

} // namespace

QList<CliCommand> noticeCommands()
{
    return {
        {QStringLiteral("notice"),
         QT_TRANSLATE_NOOP("committee::cli::Commands",
                           "notice decline --request ID | disclosure --disclosure ID | "
                           "commitments --year Y, each with --out FILE: notices to post or send"),
         runNotice}};
}

} // namespace committee::cli
