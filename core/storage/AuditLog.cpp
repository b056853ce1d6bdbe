#include "storage/AuditLog.h"

#include "storage/Sql.h"

namespace committee {

namespace {
// The trail's text columns are NOT NULL; a null QString would bind as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

QString AuditLog::currentActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME"); // Windows
    }
    return user;
}

Status AuditLog::append(Database &db, const QList<AuditEntry> &entries)
{
    const QString actor = currentActor();
    const QString now = QDateTime::currentDateTime().toString(Qt::ISODateWithMs);
    for (const AuditEntry &e : entries) {
        auto r =
            Sql::exec(db,
                      QStringLiteral("INSERT INTO audit_log (at, actor, table_name, record_id, "
                                     "action, field, old_value, new_value) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {e.at.isValid() ? e.at.toString(Qt::ISODateWithMs) : now,
                       text(e.actor.isEmpty() ? actor : e.actor), e.table, e.recordId, e.action,
                       text(e.field), e.oldValue, e.newValue});
        if (!r) {
            return r.error();
        }
    }
    return {};
}

Result<QList<AuditEntry>> AuditLog::forRecord(Database &db, const QString &table, qint64 id)
{
    auto q = Sql::exec(db,
                       QStringLiteral("SELECT at, actor, action, field, old_value, new_value "
                                      "FROM audit_log WHERE table_name = ? AND record_id = ? "
                                      "ORDER BY id"),
                       {table, id});
    if (!q) {
        return q.error();
    }
    QList<AuditEntry> entries;
    while (q->next()) {
        AuditEntry e;
        e.table = table;
        e.recordId = id;
        e.at = QDateTime::fromString(q->value(0).toString(), Qt::ISODateWithMs);
        e.actor = q->value(1).toString();
        e.action = q->value(2).toString();
        e.field = q->value(3).toString();
        e.oldValue = q->value(4).toString();
        e.newValue = q->value(5).toString();
        entries.append(e);
    }
    return entries;
}

} // namespace committee
