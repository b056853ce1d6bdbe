#pragma once

#include "records/Record.h"
#include "records/RecordType.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace committee {

// Conversion between field values and SQLite columns, and the SQL each type needs.
// Kept apart from the repository so the mapping is one small, testable place.
namespace RecordStorage {

QVariant toColumn(const FieldSpec &field, const QVariant &value);
QVariant fromColumn(const FieldSpec &field, const QVariant &column);

QString officialToJson(const RecordType &type, const QVariantMap &official);
QVariantMap officialFromJson(const RecordType &type, const QString &json);

// All field values as stored columns, in JSON (the snapshot taken when finalizing).
QString valuesToJson(const RecordType &type, const QVariantMap &values);
QVariantMap valuesFromJson(const RecordType &type, const QString &json);

// Text for the audit trail; sensitive values are never written there.
QString auditText(const FieldSpec &field, const QVariant &value);

// SELECT of id, parent, position, every field and official, in that order.
QString selectSql(const RecordType &type);
Record readRow(const RecordType &type, const QSqlQuery &query);

} // namespace RecordStorage
} // namespace committee
