#include "storage/AuditLog.h"

#include "storage/Sql.h"

#include <algorithm>

namespace committee {

namespace {
QString s_sessionMember;

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
    const QString member = sessionMember();
    return member.isEmpty() ? user : QStringLiteral("%1 (%2)").arg(user, member);
}

void AuditLog::setSessionMember(const QString &member)
{
    s_sessionMember = member.trimmed();
}

QString AuditLog::sessionMember()
{
    return s_sessionMember;
}

namespace {
// The WHERE clause and its bindings for a filter.
QString whereOf(const AuditFilter &filter, QVariantList &bindings)
{
    QStringList conditions;
    if (!filter.table.isEmpty()) {
        conditions << QStringLiteral("table_name = ?");
        bindings << filter.table;
    }
    if (filter.recordId > 0) {
        conditions << QStringLiteral("record_id = ?");
        bindings << filter.recordId;
    }
    // `at` is local ISO text, so a date range is a range of strings.
    if (filter.from.isValid()) {
        conditions << QStringLiteral("at >= ?");
        bindings << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("at < ?");
        bindings << filter.to.addDays(1).toString(Qt::ISODate);
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}
} // namespace

Result<QList<AuditEntry>> AuditLog::query(Database &db, const AuditFilter &filter, int limit,
                                          int offset)
{
    QVariantList bindings;
    const QString where = whereOf(filter, bindings);
    bindings << limit << std::max(offset, 0);
    auto q = Sql::exec(db,
                       QStringLiteral("SELECT id, at, actor, table_name, record_id, action, field, "
                                      "old_value, new_value FROM audit_log") +
                           where + QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?"),
                       bindings);
    if (!q) {
        return q.error();
    }
    QList<AuditEntry> entries;
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toLongLong();
        e.at = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs);
        e.actor = q->value(2).toString();
        e.table = q->value(3).toString();
        e.recordId = q->value(4).toLongLong();
        e.action = q->value(5).toString();
        e.field = q->value(6).toString();
        e.oldValue = q->value(7).toString();
        e.newValue = q->value(8).toString();
        entries.append(e);
    }
    return entries;
}

Result<int> AuditLog::count(Database &db, const AuditFilter &filter)
{
    QVariantList bindings;
    const QString where = whereOf(filter, bindings);
    auto r = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log") + where, bindings);
    if (!r) {
        return r.error();
    }
    return r->toInt();
}

Result<QStringList> AuditLog::tables(Database &db)
{
    auto q = Sql::exec(
        db, QStringLiteral("SELECT DISTINCT table_name FROM audit_log ORDER BY table_name"));
    if (!q) {
        return q.error();
    }
    QStringList tables;
    while (q->next()) {
        tables << q->value(0).toString();
    }
    return tables;
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
