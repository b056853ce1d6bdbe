#include "obligations/ObligationStore.h"

#include "records/RecordRepository.h"
#include "records/Validation.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace committee {

const RecordType &ObligationStore::type()
{
    static const RecordType type{
        .id = QStringLiteral("obligation"),
        .table = QStringLiteral("obligation"),
        .singular = QT_TRANSLATE_NOOP("committee::Fields", "Obligation"),
        .plural = QT_TRANSLATE_NOOP("committee::Fields", "Obligations"),
        .ordered = true,
        .numbered = true,
        .hasOfficialText = true,
        .fields =
            {{.key = QStringLiteral("number"),
              .label = QT_TRANSLATE_NOOP("committee::Fields", "No."),
              .kind = FieldKind::Integer,
              .required = true,
              .inList = true,
              .appManaged = true,
              .minimum = 1,
              .maximum = 999},
             {.key = QStringLiteral("code"),
              .label = QT_TRANSLATE_NOOP("committee::Fields", "Code"),
              .required = true,
              .maxLength = 50,
              .hasOfficial = true},
             {.key = QStringLiteral("title"),
              .label = QT_TRANSLATE_NOOP("committee::Fields", "Obligation"),
              .required = true,
              .maxLength = 200,
              .inList = true,
              .hasOfficial = true},
             {.key = QStringLiteral("applies_to"),
              .label = QT_TRANSLATE_NOOP("committee::Fields", "Applies to"),
              .kind = FieldKind::Choice,
              .required = true,
              .choices = {{QStringLiteral("both"),
                           QT_TRANSLATE_NOOP("committee::Fields", "Villages and communities")},
                          {QStringLiteral("village"),
                           QT_TRANSLATE_NOOP("committee::Fields", "Villages only")},
                          {QStringLiteral("community"),
                           QT_TRANSLATE_NOOP("committee::Fields", "Communities only")}},
              .inList = true,
              .hasOfficial = true},
             {.key = QStringLiteral("cadence"),
              .label = QT_TRANSLATE_NOOP("committee::Fields", "Cadence"),
              .kind = FieldKind::Choice,
              .required = true,
              .choices =
                  {{QStringLiteral("yearly"), QT_TRANSLATE_NOOP("committee::Fields", "Every year")},
                   {QStringLiteral("quarterly"),
                    QT_TRANSLATE_NOOP("committee::Fields", "Every quarter")},
                   {QStringLiteral("monthly"),
                    QT_TRANSLATE_NOOP("committee::Fields", "Every month")},
                   {QStringLiteral("fixed_dates"),
                    QT_TRANSLATE_NOOP("committee::Fields", "On fixed dates")},
                   {QStringLiteral("daily"), QT_TRANSLATE_NOOP("committee::Fields", "Every day")},
                   {QStringLiteral("per_event"),
                    QT_TRANSLATE_NOOP("committee::Fields", "For each matter")},
                   {QStringLiteral("standing"),
                    QT_TRANSLATE_NOOP("committee::Fields", "At all times")}},
              .inList = true,
              .hasOfficial = true},
             {.key = QStringLiteral("required_count"),
              .label = QT_TRANSLATE_NOOP("committee::Fields", "How many"),
              .kind = FieldKind::Integer,
              .inList = true,
              .hasOfficial = true,
              .minimum = 0,
              .maximum = 1000},
             {.key = QStringLiteral("due_dates"),
              .label = QT_TRANSLATE_NOOP("committee::Fields", "Due dates (MM-DD, one per line)"),
              .kind = FieldKind::StringList,
              .hasOfficial = true},
             {.key = QStringLiteral("display_days"),
              .label = QT_TRANSLATE_NOOP("committee::Fields", "Days on display"),
              .kind = FieldKind::Integer,
              .hasOfficial = true,
              .minimum = 0,
              .maximum = 366},
             {.key = QStringLiteral("display_months"),
              .label = QT_TRANSLATE_NOOP("committee::Fields", "Months on display"),
              .kind = FieldKind::Integer,
              .hasOfficial = true,
              .minimum = 0,
              .maximum = 12},
             {.key = QStringLiteral("evidence"),
              .label = QT_TRANSLATE_NOOP("committee::Fields", "Evidence rule (JSON)"),
              .kind = FieldKind::MultiLine,
              .required = true,
              .hasOfficial = true},
             {.key = QStringLiteral("measure_number"),
              .label = QT_TRANSLATE_NOOP("committee::Fields", "Task-list measure no."),
              .kind = FieldKind::Integer,
              .inList = true,
              .hasOfficial = true,
              .minimum = 0,
              .maximum = 999},
             {.key = QStringLiteral("duty_number"),
              .label = QT_TRANSLATE_NOOP("committee::Fields", "Checklist item no."),
              .kind = FieldKind::Integer,
              .hasOfficial = true,
              .minimum = 0,
              .maximum = 999},
             {.key = QStringLiteral("source"),
              .label = QT_TRANSLATE_NOOP("committee::Fields", "Source"),
              .maxLength = 200,
              .inList = true,
              .hasOfficial = true}},
        .rules =
            [](const QVariantMap &values) {
                QList<FieldError> errors;
                for (const QString &due :
                     values.value(QStringLiteral("due_dates")).toStringList()) {
                    if (!due.trimmed().isEmpty() &&
                        !QDate::fromString(QStringLiteral("2024-") + due.trimmed(), Qt::ISODate)
                             .isValid()) {
                        errors.append(
                            {QStringLiteral("due_dates"),
                             tr("“%1” is not a date of the year such as 01-15.").arg(due)});
                    }
                }
                QJsonParseError parse;
                const QString evidence = values.value(QStringLiteral("evidence")).toString();
                if (!evidence.trimmed().isEmpty() &&
                    (!QJsonDocument::fromJson(evidence.toUtf8(), &parse).isObject() ||
                     parse.error != QJsonParseError::NoError)) {
                    errors.append(
                        {QStringLiteral("evidence"),
                         tr("The evidence rule is not valid JSON: %1").arg(parse.errorString())});
                }
                return errors;
            },
    };
    return type;
}

Result<Obligation> ObligationStore::fromRecord(const Record &r)
{
    Obligation o;
    o.id = r.id;
    o.number = r.value(QStringLiteral("number")).toInt();
    o.code = r.text(QStringLiteral("code"));
    o.title = r.text(QStringLiteral("title"));
    o.appliesTo = r.text(QStringLiteral("applies_to"));
    o.cadence = r.text(QStringLiteral("cadence"));
    o.requiredCount = r.value(QStringLiteral("required_count")).toInt();
    for (const QString &due : r.value(QStringLiteral("due_dates")).toStringList()) {
        const QDate d = QDate::fromString(QStringLiteral("2024-") + due.trimmed(), Qt::ISODate);
        if (d.isValid()) {
            o.dueDates.append({d.month(), d.day()});
        }
    }
    o.displayDays = r.value(QStringLiteral("display_days")).toInt();
    o.displayMonths = r.value(QStringLiteral("display_months")).toInt();
    o.measureNumber = r.value(QStringLiteral("measure_number")).toInt();
    o.dutyNumber = r.value(QStringLiteral("duty_number")).toInt();
    o.source = r.text(QStringLiteral("source"));
    const QJsonObject e =
        QJsonDocument::fromJson(r.text(QStringLiteral("evidence")).toUtf8()).object();
    o.evidence.type = e.value(QStringLiteral("type")).toString();
    o.evidence.dateKey = e.value(QStringLiteral("date")).toString();
    o.evidence.equals = e.value(QStringLiteral("equals")).toObject().toVariantMap();
    o.evidence.notEquals = e.value(QStringLiteral("not_equals")).toObject().toVariantMap();
    o.evidence.contains = e.value(QStringLiteral("contains")).toObject().toVariantMap();
    o.evidence.displayOk = e.value(QStringLiteral("display_ok")).toBool();
    o.evidence.atMost = e.value(QStringLiteral("at_most")).toInt();
    if (o.evidence.type.isEmpty()) {
        return makeError(Error::Kind::Invalid,
                         tr("Obligation %1 (%2) has no evidence type.").arg(o.number).arg(o.title));
    }
    return o;
}

Status ObligationStore::ensureLoaded(Database &db)
{
    auto count = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM obligation"));
    if (!count) {
        return count.error();
    }
    if (count->toInt() > 0) {
        return {};
    }
    QFile file(QStringLiteral(":/reference/obligations.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Kind::Io,
                         tr("The built-in list of obligations is missing from this build."));
    }
    const QJsonArray list = QJsonDocument::fromJson(file.readAll())
                                .object()
                                .value(QStringLiteral("obligations"))
                                .toArray();
    Transaction tx(db);
    if (!tx.isActive()) {
        return tx.error();
    }
    RecordRepository repo(db);
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        Record r;
        for (const FieldSpec &f : type().fields) {
            QVariant value;
            if (f.key == QLatin1String("evidence")) {
                value = QString::fromUtf8(
                    QJsonDocument(o.value(f.key).toObject()).toJson(QJsonDocument::Compact));
            } else if (f.kind == FieldKind::StringList) {
                QStringList items;
                for (const QJsonValue &item : o.value(f.key).toArray()) {
                    items << item.toString();
                }
                value = items;
            } else if (f.kind == FieldKind::Integer) {
                value = o.contains(f.key) ? QVariant(o.value(f.key).toInt()) : QVariant();
            } else {
                value = o.value(f.key).toString(
                    f.key == QLatin1String("applies_to") ? QStringLiteral("both") : QString());
            }
            r.values.insert(f.key, value);
            if (f.hasOfficial) {
                r.official.insert(f.key, value);
            }
        }
        if (auto id = repo.insertWithOfficial(type(), r); !id) {
            return makeError(Error::Kind::Invalid,
                             tr("Obligation %1 could not be loaded: %2")
                                 .arg(o.value(QStringLiteral("number")).toInt())
                                 .arg(id.error().message));
        }
    }
    return tx.commit();
}

Result<QList<Obligation>> ObligationStore::all(Database &db)
{
    auto rows = RecordRepository(db).list(type());
    if (!rows) {
        return rows.error();
    }
    QList<Obligation> list;
    for (const Record &r : rows.value()) {
        auto o = fromRecord(r);
        if (!o) {
            return o.error();
        }
        list.append(o.value());
    }
    return list;
}

} // namespace committee
