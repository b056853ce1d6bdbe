#pragma once

#include "common/Result.h"

#include <QDate>
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
    qint64 id = {}; // the trail's own row id, filled when reading
};

// What the audit-log viewer asks for: every filter is optional (empty / 0 / invalid means
// "any"), newest entries first, one page at a time because the trail only grows.
struct AuditFilter {
    QString table = {};
    qint64 recordId = 0;
    QDate from = {}; // inclusive, by the local date of the entry
    QDate to = {};   // inclusive
};

// Appends to the audit trail. Callers do this inside the transaction of the change itself,
// so a change and its trail entry are saved together or not at all.
class AuditLog {
public:
    static Status append(Database &db, const QList<AuditEntry> &entries);
    static Result<QList<AuditEntry>> forRecord(Database &db, const QString &table, qint64 id);
    // Newest first; `limit` < 0 means all of them.
    static Result<QList<AuditEntry>> query(Database &db, const AuditFilter &filter, int limit = -1,
                                           int offset = 0);
    static Result<int> count(Database &db, const AuditFilter &filter);
    // The tables that have entries, for the viewer's filter.
    static Result<QStringList> tables(Database &db);

    // Who every new entry names: the operating-system account the clerk is logged in with,
    // and, once they said who they are at the lock screen, that member: "user (member)".
    static QString currentActor();
    // The member who unlocked the app for this session (empty: nobody chose one).
    static void setSessionMember(const QString &member);
    static QString sessionMember();
};

} // namespace committee
