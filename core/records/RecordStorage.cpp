#include "records/RecordStorage.h"

#include "records/FieldText.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace committee::RecordStorage {

QVariant toColumn(const FieldSpec &field, const QVariant &value)
{
    switch (field.kind) {
    case FieldKind::StringList:
    case FieldKind::People: {
        QStringList kept;
        for (const QString &s : value.toStringList()) {
            if (!s.trimmed().isEmpty()) {
                kept << s.trimmed();
            }
        }
        return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(kept)).toJson(QJsonDocument::Compact));
    }
    case FieldKind::Date: {
        const QDate d = value.typeId() == QMetaType::QDate
                            ? value.toDate()
                            : QDate::fromString(value.toString(), Qt::ISODate);
        return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                           : QVariant(QMetaType(QMetaType::QString));
    }
    case FieldKind::Integer:
    case FieldKind::RecordRef:
        // An empty number stays empty (NULL) rather than becoming 0.
        return value.isNull() || value.toString().isEmpty()
                   ? QVariant(QMetaType(QMetaType::LongLong))
                   : QVariant(value.toLongLong());
    default:
        // Text columns are NOT NULL: a missing value is stored as empty text.
        const QString text = value.toString();
        return text.isNull() ? QStringLiteral("") : text;
    }
}

QVariant fromColumn(const FieldSpec &field, const QVariant &column)
{
    switch (field.kind) {
    case FieldKind::StringList:
    case FieldKind::People: {
        QStringList list;
        for (const QJsonValue &v : QJsonDocument::fromJson(column.toString().toUtf8()).array()) {
            list << v.toString();
        }
        return list;
    }
    case FieldKind::Date:
        return column.isNull() ? QVariant()
                               : QVariant(QDate::fromString(column.toString(), Qt::ISODate));
    case FieldKind::Integer:
    case FieldKind::RecordRef:
        return column.isNull() ? QVariant() : QVariant(column.toInt());
    default:
        return column.toString();
    }
}

QString officialToJson(const RecordType &type, const QVariantMap &official)
{
    QJsonObject object;
    for (const FieldSpec &field : type.fields) {
        if (!field.hasOfficial || !official.contains(field.key)) {
            continue;
        }
        const QVariant v = official.value(field.key);
        object.insert(field.key,
                      field.kind == FieldKind::StringList || field.kind == FieldKind::People
                          ? QJsonValue(QJsonArray::fromStringList(v.toStringList()))
                          : QJsonValue::fromVariant(v));
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariantMap officialFromJson(const RecordType &type, const QString &json)
{
    QVariantMap official;
    if (json.isEmpty()) {
        return official;
    }
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (const FieldSpec &field : type.fields) {
        if (!object.contains(field.key)) {
            continue;
        }
        const QJsonValue v = object.value(field.key);
        if (field.kind == FieldKind::StringList || field.kind == FieldKind::People) {
            QStringList list;
            for (const QJsonValue &item : v.toArray()) {
                list << item.toString();
            }
            official.insert(field.key, list);
        } else {
            official.insert(field.key, v.toVariant());
        }
    }
    return official;
}

QString valuesToJson(const RecordType &type, const QVariantMap &values)
{
    QJsonObject object;
    for (const FieldSpec &field : type.fields) {
        const QVariant v = toColumn(field, values.value(field.key));
        object.insert(field.key, QJsonValue::fromVariant(v));
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariantMap valuesFromJson(const RecordType &type, const QString &json)
{
    QVariantMap values;
    if (json.isEmpty()) {
        return values;
    }
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (const FieldSpec &field : type.fields) {
        if (object.contains(field.key)) {
            values.insert(field.key, fromColumn(field, object.value(field.key).toVariant()));
        }
    }
    return values;
}

QString auditText(const FieldSpec &field, const QVariant &value)
{
    if (field.sensitive) {
        return FieldText::maskedValue();
    }
    return FieldText::display(field, value);
}

QString selectSql(const RecordType &type)
{
    QStringList columns{QStringLiteral("id"),
                        type.parentKey.isEmpty() ? QStringLiteral("0") : type.parentKey,
                        type.ordered ? QStringLiteral("position") : QStringLiteral("0")};
    for (const FieldSpec &field : type.fields) {
        columns << field.key;
    }
    columns << (type.hasOfficialText ? QStringLiteral("official") : QStringLiteral("NULL"));
    if (type.ledger) {
        columns << QStringLiteral("finalized_at") << QStringLiteral("deleted_at")
                << QStringLiteral("snapshot");
    }
    return QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), type.table);
}

Record readRow(const RecordType &type, const QSqlQuery &query)
{
    Record record;
    record.id = query.value(0).toLongLong();
    record.parentId = query.value(1).toLongLong();
    record.position = query.value(2).toInt();
    int column = 3;
    for (const FieldSpec &field : type.fields) {
        record.values.insert(field.key, fromColumn(field, query.value(column++)));
    }
    record.official = officialFromJson(type, query.value(column++).toString());
    if (type.ledger) {
        record.finalizedAt = query.value(column++).toString();
        record.deletedAt = query.value(column++).toString();
        record.snapshot = valuesFromJson(type, query.value(column++).toString());
    }
    return record;
}

} // namespace committee::RecordStorage
