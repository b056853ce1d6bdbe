#include "records/RecordRepository.h"

#include "records/FieldText.h"
#include "records/RecordSearch.h"
#include "records/RecordStorage.h"
#include "records/Validation.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDateTime>

namespace committee {

namespace {

Error notFound(const RecordType &type, qint64 id)
{
    return makeError(Error::Kind::NotFound, RecordRepository::tr("%1 no. %2 no longer exists.")
                                                .arg(FieldText::typeName(type.singular))
                                                .arg(id));
}

} // namespace

Result<QList<Record>> RecordRepository::list(const RecordType &type, qint64 parentId) const
{
    RecordQuery query;
    query.parentId = parentId;
    return list(type, query);
}

Result<QList<Record>> RecordRepository::list(const RecordType &type, const RecordQuery &query) const
{
    QVariantList bindings;
    const QString sql = RecordStorage::selectSql(type) +
                        RecordSearch::whereSql(type, query, bindings) +
                        RecordSearch::orderSql(type, query);
    auto q = Sql::exec(m_db, sql, bindings);
    if (!q) {
        return q.error();
    }
    QList<Record> records;
    while (q->next()) {
        records.append(RecordStorage::readRow(type, *q));
    }
    return records;
}

Result<Record> RecordRepository::get(const RecordType &type, qint64 id) const
{
    auto q =
        Sql::exec(m_db, RecordStorage::selectSql(type) + QStringLiteral(" WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return notFound(type, id);
    }
    return RecordStorage::readRow(type, *q);
}

Result<qint64> RecordRepository::insert(const RecordType &type, const Record &record)
{
    Record plain = record;
    plain.official.clear();
    return insertWithOfficial(type, plain);
}

Result<qint64> RecordRepository::insertWithOfficial(const RecordType &type, const Record &record)
{
    Record row = record;
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    if (type.ordered) {
        QString sql = QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM ") + type.table;
        QVariantList bindings;
        if (!type.parentKey.isEmpty()) {
            sql += QStringLiteral(" WHERE %1 = ?").arg(type.parentKey);
            bindings << row.parentId;
        }
        auto next = Sql::scalar(m_db, sql, bindings);
        if (!next) {
            return next.error();
        }
        row.position = next->toInt();
        if (type.numbered) {
            row.values.insert(QStringLiteral("number"), row.position);
        }
    }
    if (const auto errors = Validation::check(type, row.values); !errors.isEmpty()) {
        return makeError(Error::Kind::Invalid, Validation::summary(errors));
    }

    QStringList columns;
    QVariantList bindings;
    if (!type.parentKey.isEmpty()) {
        columns << type.parentKey;
        bindings << row.parentId;
    }
    if (type.ordered) {
        columns << QStringLiteral("position");
        bindings << row.position;
    }
    for (const FieldSpec &field : type.fields) {
        columns << field.key;
        bindings << RecordStorage::toColumn(field, row.values.value(field.key));
    }
    if (type.hasOfficialText && row.hasOfficial()) {
        columns << QStringLiteral("official");
        bindings << RecordStorage::officialToJson(type, row.official);
    }
    if (type.ledger) {
        columns << QStringLiteral("created_at");
        bindings << QDateTime::currentDateTime().toString(Qt::ISODate);
    }
    const QString placeholders =
        QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','));
    auto q = Sql::exec(m_db,
                       QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(type.table, columns.join(QLatin1Char(',')), placeholders),
                       bindings);
    if (!q) {
        return q.error();
    }
    const qint64 id = q->lastInsertId().toLongLong();

    QList<AuditEntry> audit;
    for (const FieldSpec &field : type.fields) {
        const QString text = RecordStorage::auditText(field, row.values.value(field.key));
        if (!text.isEmpty()) {
            audit.append({type.table, id, QStringLiteral("insert"), field.key, QString(), text});
        }
    }
    if (Status s = AuditLog::append(m_db, audit); !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Status RecordRepository::update(const RecordType &type, const Record &record)
{
    auto before = get(type, record.id);
    if (!before) {
        return before.error();
    }
    if (before->isFinalized()) {
        return makeError(Error::Kind::Conflict,
                         tr("This record is finalized. Change it with “Amend”, giving the reason; "
                            "the original stays on record."));
    }
    Record after = before.value();
    for (auto it = record.values.cbegin(); it != record.values.cend(); ++it) {
        if (type.field(it.key())) {
            after.values.insert(it.key(), it.value());
        }
    }
    if (type.numbered) {
        // The number follows the position; it changes only by moving the entry.
        after.values.insert(QStringLiteral("number"), before->value(QStringLiteral("number")));
    }
    return write(type, before.value(), after, QStringLiteral("update"));
}

Status RecordRepository::write(const RecordType &type, const Record &before, const Record &after,
                               const QString &action)
{
    if (const auto errors = Validation::check(type, after.values); !errors.isEmpty()) {
        return makeError(Error::Kind::Invalid, Validation::summary(errors));
    }
    QStringList assignments;
    QVariantList bindings;
    QList<AuditEntry> audit;
    for (const FieldSpec &field : type.fields) {
        const QVariant oldColumn = RecordStorage::toColumn(field, before.values.value(field.key));
        const QVariant newColumn = RecordStorage::toColumn(field, after.values.value(field.key));
        if (oldColumn == newColumn) {
            continue;
        }
        assignments << field.key + QStringLiteral(" = ?");
        bindings << newColumn;
        audit.append({type.table, before.id, action, field.key,
                      RecordStorage::auditText(field, before.values.value(field.key)),
                      RecordStorage::auditText(field, after.values.value(field.key))});
    }
    if (assignments.isEmpty()) {
        return {};
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    bindings << before.id;
    auto q = Sql::exec(m_db,
                       QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                           .arg(type.table, assignments.join(QStringLiteral(", "))),
                       bindings);
    if (!q) {
        return q.error();
    }
    if (Status s = AuditLog::append(m_db, audit); !s) {
        return s;
    }
    return tx.commit();
}

Status RecordRepository::remove(const RecordType &type, qint64 id)
{
    auto before = get(type, id);
    if (!before) {
        return before.error();
    }
    if (type.ledger) {
        return moveToTrash(type, before.value());
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    if (auto q =
            Sql::exec(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(type.table), {id});
        !q) {
        return q.error();
    }
    QList<AuditEntry> audit;
    for (const FieldSpec &field : type.fields) {
        const QString text = RecordStorage::auditText(field, before->values.value(field.key));
        if (!text.isEmpty()) {
            audit.append({type.table, id, QStringLiteral("delete"), field.key, text, QString()});
        }
    }
    if (Status s = AuditLog::append(m_db, audit); !s) {
        return s;
    }
    if (type.ordered) {
        if (Status s = renumber(type, before->parentId); !s) {
            return s;
        }
    }
    return tx.commit();
}

Status RecordRepository::move(const RecordType &type, qint64 id, int delta)
{
    if (!type.ordered || delta == 0) {
        return {};
    }
    auto siblings = list(type, [&] {
        auto r = get(type, id);
        return r ? r->parentId : 0;
    }());
    if (!siblings) {
        return siblings.error();
    }
    QList<Record> &rows = siblings.value();
    qsizetype from = -1;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows[i].id == id) {
            from = i;
        }
    }
    if (from < 0) {
        return notFound(type, id);
    }
    const qsizetype to = qBound(qsizetype(0), from + delta, rows.size() - 1);
    if (to == from) {
        return {};
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    rows.move(from, to);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (auto q = Sql::exec(
                m_db, QStringLiteral("UPDATE %1 SET position = ? WHERE id = ?").arg(type.table),
                {int(i + 1), rows[i].id});
            !q) {
            return q.error();
        }
    }
    if (Status s = renumber(type, rows.first().parentId); !s) {
        return s;
    }
    return tx.commit();
}

Status RecordRepository::renumber(const RecordType &type, qint64 parentId)
{
    auto rows = list(type, parentId);
    if (!rows) {
        return rows.error();
    }
    const FieldSpec *numberField = type.field(QStringLiteral("number"));
    QList<AuditEntry> audit;
    int position = 0;
    for (const Record &row : rows.value()) {
        ++position;
        const int oldNumber = row.value(QStringLiteral("number")).toInt();
        const bool renumbered = type.numbered && numberField && oldNumber != position;
        if (row.position == position && !renumbered) {
            continue;
        }
        QString sql = QStringLiteral("UPDATE %1 SET position = ?").arg(type.table);
        QVariantList bindings{position};
        if (renumbered) {
            sql += QStringLiteral(", number = ?");
            bindings << position;
            audit.append({type.table, row.id, QStringLiteral("update"), QStringLiteral("number"),
                          QString::number(oldNumber), QString::number(position)});
        }
        bindings << row.id;
        if (auto q = Sql::exec(m_db, sql + QStringLiteral(" WHERE id = ?"), bindings); !q) {
            return q.error();
        }
    }
    return AuditLog::append(m_db, audit);
}

QStringList RecordRepository::differingFields(const RecordType &type, const Record &record)
{
    QStringList differing;
    if (!record.hasOfficial()) {
        return differing;
    }
    for (const FieldSpec &field : type.fields) {
        if (field.hasOfficial && !FieldText::same(field, record.values.value(field.key),
                                                  record.official.value(field.key))) {
            differing << field.key;
        }
    }
    return differing;
}

Status RecordRepository::restoreOfficial(const RecordType &type, qint64 id)
{
    auto before = get(type, id);
    if (!before) {
        return before.error();
    }
    if (!before->hasOfficial()) {
        return makeError(Error::Kind::Conflict,
                         tr("This entry was added by hand; it has no official text to restore."));
    }
    Record after = before.value();
    for (const FieldSpec &field : type.fields) {
        if (field.hasOfficial && before->official.contains(field.key)) {
            after.values.insert(field.key, before->official.value(field.key));
        }
    }
    return write(type, before.value(), after, QStringLiteral("restore"));
}

} // namespace committee
