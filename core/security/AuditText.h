#pragma once

#include <QCoreApplication>
#include <QString>

namespace committee {

struct RecordType;

// How the audit trail reads for the clerk: record types, actions and fields by their
// translated names. The viewer and its XLSX export both use these, so they agree.
class AuditText {
    Q_DECLARE_TR_FUNCTIONS(committee::AuditText)
public:
    // The record type kept in `table`, or nullptr where the table is no record type.
    static const RecordType *typeOf(const QString &table);
    // "会议", "应用密码" …; the table name itself where it is not known.
    static QString typeName(const QString &table);
    static QString actionName(const QString &action);
    // The field's label where the type is known, else the column name.
    static QString fieldName(const QString &table, const QString &field);
};

} // namespace committee
