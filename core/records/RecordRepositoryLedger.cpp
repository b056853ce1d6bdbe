// The ledger side of RecordRepository: trash, finalize and amend. Kept apart from the
// plain create/read/update/delete so each file has one job.
#include "records/RecordRepository.h"

#include "records/RecordStorage.h"
#include "records/Validation.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDateTime>

namespace committee {

Status RecordRepository::moveToTrash(const RecordType &type, const Record &record)
{
    if (record.isFinalized()) {
        return makeError(Error::Kind::Conflict,
                         tr("A finalized record cannot be deleted; amend it instead."));
    }
    return setLedgerColumn(type, record.id, QStringLiteral("deleted_at"),
                           QDateTime::currentDateTime().toString(Qt::ISODate),
                           QStringLiteral("delete"));
}

Status RecordRepository::restore(const RecordType &type, qint64 id)
{
    auto record = get(type, id);
    if (!record) {
        return record.error();
    }
    if (record->deletedAt.isEmpty()) {
        return {};
    }
    return setLedgerColumn(type, id, QStringLiteral("deleted_at"),
                           QVariant(QMetaType(QMetaType::QString)), QStringLiteral("restore"));
}

Status RecordRepository::setLedgerColumn(const RecordType &type, qint64 id, const QString &column,
                                         const QVariant &value, const QString &action)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    if (auto q = Sql::exec(
            m_db, QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(type.table, column),
            {value, id});
        !q) {
        return q.error();
    }
    if (Status s =
            AuditLog::append(m_db, {{type.table, id, action, column, QString(), value.toString()}});
        !s) {
        return s;
    }
    return tx.commit();
}

Status RecordRepository::finalize(const RecordType &type, qint64 id)
{
    auto record = get(type, id);
    if (!record) {
        return record.error();
    }
    if (!type.ledger || record->isFinalized()) {
        return {};
    }
    if (const auto errors = Validation::check(type, record->values); !errors.isEmpty()) {
        return makeError(Error::Kind::Invalid, Validation::summary(errors));
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    if (auto q = Sql::exec(
            m_db, QStringLiteral("UPDATE %1 SET snapshot = ? WHERE id = ?").arg(type.table),
            {RecordStorage::valuesToJson(type, record->values), id});
        !q) {
        return q.error();
    }
    if (Status s = setLedgerColumn(type, id, QStringLiteral("finalized_at"),
                                   QDateTime::currentDateTime().toString(Qt::ISODate),
                                   QStringLiteral("update"));
        !s) {
        return s;
    }
    return tx.commit();
}

Status RecordRepository::amend(const RecordType &type, const Record &record, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        return makeError(Error::Kind::Invalid, tr("An amendment needs a reason."));
    }
    auto before = get(type, record.id);
    if (!before) {
        return before.error();
    }
    if (!before->isFinalized()) {
        return update(type, record);
    }
    Record after = before.value();
    for (auto it = record.values.cbegin(); it != record.values.cend(); ++it) {
        if (type.field(it.key())) {
            after.values.insert(it.key(), it.value());
        }
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    const QString now = QDateTime::currentDateTime().toString(Qt::ISODate);
    for (const FieldSpec &field : type.fields) {
        const QVariant oldValue = before->values.value(field.key);
        const QVariant newValue = after.values.value(field.key);
        if (RecordStorage::toColumn(field, oldValue) == RecordStorage::toColumn(field, newValue)) {
            continue;
        }
        if (auto q = Sql::exec(m_db,
                               QStringLiteral("INSERT INTO amendment (record_table, record_id, at, "
                                              "reason, field, old_value, new_value) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                               {type.table, record.id, now, reason.trimmed(), field.key,
                                RecordStorage::auditText(field, oldValue),
                                RecordStorage::auditText(field, newValue)});
            !q) {
            return q.error();
        }
    }
    if (Status s = write(type, before.value(), after, QStringLiteral("update")); !s) {
        return s;
    }
    return tx.commit();
}

Result<QList<Amendment>> RecordRepository::amendments(const RecordType &type, qint64 id) const
{
    auto q =
        Sql::exec(m_db,
                  QStringLiteral("SELECT at, reason, field, old_value, new_value FROM amendment "
                                 "WHERE record_table = ? AND record_id = ? ORDER BY id"),
                  {type.table, id});
    if (!q) {
        return q.error();
    }
    QList<Amendment> list;
    while (q->next()) {
        list.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                     q->value(3).toString(), q->value(4).toString()});
    }
    return list;
}

} // namespace committee
