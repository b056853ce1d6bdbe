#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace committee {

class Database;

struct AuditEntry {
    QString table;
    qint64 recordId = 0;
    QString action; // insert, update, delete, restore
    QString field;
    QString oldValue;
    QString newValue;
    QDateTime at = {};
    QString actor = {};
};

// Appends to the audit trail. Callers do this inside the transaction of the change itself,
// so a change and its trail entry are saved together or not at all.
class AuditLog {
public:
    static Status append(Database &db, const QList<AuditEntry> &entries);
    static Result<QList<AuditEntry>> forRecord(Database &db, const QString &table, qint64 id);
    // The operating-system account the clerk is logged in with.
    static QString currentActor();
};

} // namespace committee
