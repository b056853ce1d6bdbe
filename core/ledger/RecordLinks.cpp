#include "ledger/RecordLinks.h"

#include "reference/Editions.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace committee {

namespace {
const QString kLinkSelect =
    QStringLiteral("SELECT l.target_table, l.target_id, COALESCE(m.number, d.number, 0), "
                   "COALESCE(m.text, d.name, '') FROM record_link l "
                   "LEFT JOIN measure m ON l.target_table = 'measure' AND m.id = l.target_id "
                   "LEFT JOIN duty_item d ON l.target_table = 'duty_item' AND d.id = l.target_id "
                   "WHERE l.record_table = ? AND l.record_id = ? ORDER BY l.target_table DESC, 3");
}

QString RecordLinks::describe(const RecordLink &link)
{
    return link.targetTable == QLatin1String("measure")
               ? tr("Measure %1: %2").arg(link.number).arg(link.text)
               : tr("Checklist item %1: %2").arg(link.number).arg(link.text);
}

Result<QList<RecordLink>> RecordLinks::list(const QString &recordTable, qint64 recordId) const
{
    auto q = Sql::exec(m_db, kLinkSelect, {recordTable, recordId});
    if (!q) {
        return q.error();
    }
    QList<RecordLink> links;
    while (q->next()) {
        links.append({q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toInt(),
                      q->value(3).toString()});
    }
    return links;
}

Status RecordLinks::set(const QString &recordTable, qint64 recordId, const QList<RecordLink> &links)
{
    auto before = list(recordTable, recordId);
    if (!before) {
        return before.error();
    }
    QStringList oldText, newText;
    for (const RecordLink &l : before.value()) {
        oldText << describe(l);
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    if (auto q = Sql::exec(
            m_db,
            QStringLiteral("DELETE FROM record_link WHERE record_table = ? AND record_id = ?"),
            {recordTable, recordId});
        !q) {
        return q.error();
    }
    for (const RecordLink &l : links) {
        if (auto q =
                Sql::exec(m_db,
                          QStringLiteral("INSERT OR IGNORE INTO record_link (record_table, "
                                         "record_id, target_table, target_id) VALUES (?, ?, ?, ?)"),
                          {recordTable, recordId, l.targetTable, l.targetId});
            !q) {
            return q.error();
        }
        newText << describe(l);
    }
    if (Status s = AuditLog::append(
            m_db, {{recordTable, recordId, QStringLiteral("update"), QStringLiteral("links"),
                    oldText.join(QLatin1Char('\n')), newText.join(QLatin1Char('\n'))}});
        !s) {
        return s;
    }
    return tx.commit();
}

Result<QList<RecordLink>> RecordLinks::candidates() const
{
    Editions editions(m_db);
    QList<RecordLink> all;
    if (auto tasks = editions.current(ListKind::Tasks); tasks) {
        auto q = Sql::exec(
            m_db,
            QStringLiteral("SELECT m.id, m.number, m.text FROM measure m JOIN task t "
                           "ON t.id = m.task_id WHERE t.edition_id = ? ORDER BY m.number"),
            {tasks->id});
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            all.append({QStringLiteral("measure"), q->value(0).toLongLong(), q->value(1).toInt(),
                        q->value(2).toString()});
        }
    }
    if (auto duties = editions.current(ListKind::Duties); duties) {
        auto q =
            Sql::exec(m_db,
                      QStringLiteral("SELECT id, number, name FROM duty_item WHERE edition_id = ? "
                                     "ORDER BY number"),
                      {duties->id});
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            all.append({QStringLiteral("duty_item"), q->value(0).toLongLong(), q->value(1).toInt(),
                        q->value(2).toString()});
        }
    }
    return all;
}

} // namespace committee
