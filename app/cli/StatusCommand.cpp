#include "cli/CliCommand.h"

#include "common/JsonWriter.h"
#include "obligations/ObligationService.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonArray>

namespace committee::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("committee::cli", text);
}

QByteArray asJson(const QDate &date, const QList<ObligationStatus> &statuses)
{
    JsonWriter w;
    w.beginObject().field(QStringLiteral("date"), date.toString(Qt::ISODate));
    w.key(QStringLiteral("obligations")).beginArray();
    for (const ObligationStatus &s : statuses) {
        w.beginObject()
            .field(QStringLiteral("number"), s.obligation.number)
            .field(QStringLiteral("code"), s.obligation.code)
            .field(QStringLiteral("title"), s.obligation.title)
            .field(QStringLiteral("state"), stateKey(s.state))
            .field(QStringLiteral("count"), s.count)
            .field(QStringLiteral("required"), s.required)
            .field(QStringLiteral("period_start"), s.periodStart.toString(Qt::ISODate))
            .field(QStringLiteral("period_end"), s.periodEnd.toString(Qt::ISODate))
            .field(QStringLiteral("deadline"), s.deadline.toString(Qt::ISODate))
            .field(QStringLiteral("summary"), s.summary)
            .key(QStringLiteral("evidence"))
            .beginArray();
        for (const EvidenceItem &e : s.evidence) {
            w.beginObject()
                .field(QStringLiteral("type"), e.type)
                .field(QStringLiteral("id"), e.id)
                .field(QStringLiteral("date"), e.date.toString(Qt::ISODate))
                .field(QStringLiteral("label"), e.label)
                .endObject();
        }
        w.endArray().endObject();
    }
    w.endArray().endObject();
    return w.toUtf8() + '\n';
}

QString asText(const QDate &date, const QList<ObligationStatus> &statuses)
{
    QString out = tr("Obligations on %1\n").arg(date.toString(Qt::ISODate));
    for (const ObligationStatus &s : statuses) {
        out += QStringLiteral("%1. [%2] %3 — %4\n")
                   .arg(s.obligation.number)
                   .arg(stateName(s.state), s.obligation.title, s.summary);
        for (const EvidenceItem &e : s.evidence) {
            out += QStringLiteral("      %1\n").arg(e.label);
        }
    }
    return out;
}

int runStatus(const CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption date(QStringLiteral("date"), tr("The day to evaluate (YYYY-MM-DD)."),
                                  QStringLiteral("date"));
    const QCommandLineOption format(QStringLiteral("format"), tr("json or text."),
                                    QStringLiteral("format"), QStringLiteral("text"));
    parser.addOptions({date, format});
    if (!parser.parse(context.arguments) || !parser.positionalArguments().isEmpty()) {
        return usage(parser.errorText().isEmpty() ? tr("“status” takes only --date and --format.")
                                                  : parser.errorText());
    }
    QDate day = QDate::currentDate();
    if (parser.isSet(date)) {
        day = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!day.isValid()) {
            return usage(
                tr("--date needs a date such as 2024-03-31, not “%1”.").arg(parser.value(date)));
        }
    }
    const QString chosen = parser.value(format);
    if (chosen != QLatin1String("json") && chosen != QLatin1String("text")) {
        return usage(tr("Unknown format “%1”: use json or text.").arg(chosen));
    }
    // Writes: the obligations are loaded into a new database on first use.
    auto db =
        Database::open(context.databasePath, OpenOptions{.lock = false, .createIfMissing = false});
    if (!db) {
        return fail(db.error());
    }
    auto statuses = ObligationService(*db.value()).statusOn(day);
    if (!statuses) {
        return fail(statuses.error());
    }
    if (chosen == QLatin1String("json")) {
        printRaw(asJson(day, statuses.value()));
    } else {
        printOut(asText(day, statuses.value()));
    }
    return Success;
}

} // namespace

QList<CliCommand> statusCommands()
{
    return {{QStringLiteral("status"),
             QT_TRANSLATE_NOOP("committee::cli::Commands",
                               "Print every obligation's state and evidence for a date "
                               "(--date YYYY-MM-DD, --format json|text)."),
             runStatus}};
}

} // namespace committee::cli
