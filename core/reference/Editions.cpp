#include "reference/Editions.h"

#include "common/Period.h"
#include "records/RecordRepository.h"
#include "reference/ReferenceTypes.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonDocument>

namespace committee {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, kind, title, doc_number, issuer, issued_on, year, is_official, is_current, "
    "COALESCE(based_on, 0) FROM edition");

ListKind kindFromKey(const QString &key)
{
    if (key == QLatin1String("tasks")) {
        return ListKind::Tasks;
    }
    if (key == QLatin1String("progress_form")) {
        return ListKind::ProgressForm;
    }
    return ListKind::Duties;
}

EditionInfo readEdition(const QSqlQuery &q)
{
    EditionInfo e;
    e.id = q.value(0).toLongLong();
    e.kind = kindFromKey(q.value(1).toString());
    e.title = q.value(2).toString();
    e.docNumber = q.value(3).toString();
    e.issuer = q.value(4).toString();
    e.issuedOn = q.value(5).toString();
    e.year = q.value(6).toInt();
    e.official = q.value(7).toBool();
    e.current = q.value(8).toBool();
    e.basedOn = q.value(9).toLongLong();
    return e;
}

} // namespace

QString listKindKey(ListKind kind)
{
    switch (kind) {
    case ListKind::Tasks:
        return QStringLiteral("tasks");
    case ListKind::ProgressForm:
        return QStringLiteral("progress_form");
    case ListKind::Duties:
        break;
    }
    return QStringLiteral("duties");
}

Result<QList<EditionInfo>> Editions::list(ListKind kind) const
{
    auto q = Sql::exec(m_db, kSelect + QStringLiteral(" WHERE kind = ? ORDER BY year, id"),
                       {listKindKey(kind)});
    if (!q) {
        return q.error();
    }
    QList<EditionInfo> editions;
    while (q->next()) {
        editions.append(readEdition(*q));
    }
    return editions;
}

Result<EditionInfo> Editions::current(ListKind kind) const
{
    auto q = Sql::exec(m_db,
                       kSelect + QStringLiteral(" WHERE kind = ? ORDER BY is_current DESC, "
                                                "is_official DESC, year DESC, id LIMIT 1"),
                       {listKindKey(kind)});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return makeError(Error::Kind::NotFound,
                         tr("No edition of this list is loaded. Run “init” to load the official "
                            "lists."));
    }
    return readEdition(*q);
}

Result<EditionInfo> Editions::get(qint64 id) const
{
    auto q = Sql::exec(m_db, kSelect + QStringLiteral(" WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return makeError(Error::Kind::NotFound, tr("Edition no. %1 no longer exists.").arg(id));
    }
    return readEdition(*q);
}

Status Editions::setCurrent(qint64 id)
{
    auto edition = get(id);
    if (!edition) {
        return edition.error();
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    if (auto q = Sql::exec(
            m_db, QStringLiteral("UPDATE edition SET is_current = (id = ?) WHERE kind = ?"),
            {id, listKindKey(edition->kind)});
        !q) {
        return q.error();
    }
    if (Status s = AuditLog::append(
            m_db, {{QStringLiteral("edition"), id, QStringLiteral("update"),
                    QStringLiteral("is_current"), QString(), QStringLiteral("1")}});
        !s) {
        return s;
    }
    return tx.commit();
}

Result<qint64> Editions::create(const EditionInfo &info, const QJsonObject &definition)
{
    auto q = Sql::exec(
        m_db,
        QStringLiteral("INSERT INTO edition (kind, title, doc_number, issuer, issued_on, year, "
                       "is_official, is_current, based_on, definition, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {listKindKey(info.kind), info.title, info.docNumber, info.issuer, info.issuedOn, info.year,
         info.official ? 1 : 0, info.current ? 1 : 0,
         info.basedOn > 0 ? QVariant(info.basedOn) : QVariant(QMetaType(QMetaType::LongLong)),
         definition.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                              : QVariant(QString::fromUtf8(
                                    QJsonDocument(definition).toJson(QJsonDocument::Compact))),
         QDateTime::currentDateTime().toString(Qt::ISODate)});
    if (!q) {
        return q.error();
    }
    const qint64 id = q->lastInsertId().toLongLong();
    if (Status s = AuditLog::append(m_db, {{QStringLiteral("edition"), id, QStringLiteral("insert"),
                                            QStringLiteral("title"), QString(), info.title}});
        !s) {
        return s.error();
    }
    return id;
}

Result<EditionInfo> Editions::forYear(ListKind kind, int year) const
{
    auto all = list(kind);
    if (!all) {
        return all.error();
    }
    for (const EditionInfo &e : all.value()) {
        if (e.year == year && e.current) {
            return e;
        }
    }
    for (const EditionInfo &e : all.value()) {
        if (e.year == year) {
            return e;
        }
    }
    return current(kind);
}

QString Editions::titleForYear(const EditionInfo &from, int year)
{
    QString title = from.title;
    const QString oldYear = QString::number(from.year);
    if (from.year > 0 && title.contains(oldYear)) {
        return title.replace(oldYear, QString::number(year));
    }
    return QStringLiteral("%1年%2").arg(year).arg(title);
}

Result<qint64> Editions::copy(qint64 fromId, const QString &title, int year)
{
    auto source = get(fromId);
    if (!source) {
        return source.error();
    }
    if (title.trimmed().isEmpty()) {
        return makeError(Error::Kind::Invalid, tr("The new edition needs a title."));
    }
    if (!isValidYear(year)) {
        return makeError(Error::Kind::Invalid,
                         tr("The year of the new edition must be between %1 and %2.")
                             .arg(kFirstYear)
                             .arg(kLastYear));
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    EditionInfo info = source.value();
    info.title = title.trimmed();
    info.year = year;
    info.official = false;
    info.current = false;
    info.basedOn = fromId;
    auto definitionJson = definition(fromId);
    auto id = create(info, definitionJson ? definitionJson.value() : QJsonObject());
    if (!id) {
        return id.error();
    }
    RecordRepository repo(m_db);
    if (info.kind == ListKind::Duties) {
        auto items = repo.list(ReferenceTypes::dutyItem(), fromId);
        if (!items) {
            return items.error();
        }
        for (Record item : items.value()) {
            item.parentId = id.value();
            if (auto r = repo.insertWithOfficial(ReferenceTypes::dutyItem(), item); !r) {
                return r.error();
            }
        }
    } else if (info.kind == ListKind::Tasks) {
        if (auto r = copyTaskList(fromId, id.value()); !r) {
            return r.error();
        }
    }
    if (Status s = setCurrent(id.value()); !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Result<qint64> Editions::copyTaskList(qint64 fromId, qint64 toId)
{
    RecordRepository repo(m_db);
    auto tasks = repo.list(ReferenceTypes::task(), fromId);
    if (!tasks) {
        return tasks.error();
    }
    for (Record task : tasks.value()) {
        const qint64 oldTaskId = task.id;
        task.parentId = toId;
        auto newTaskId = repo.insertWithOfficial(ReferenceTypes::task(), task);
        if (!newTaskId) {
            return newTaskId.error();
        }
        auto measures = repo.list(ReferenceTypes::measure(), oldTaskId);
        if (!measures) {
            return measures.error();
        }
        for (Record measure : measures.value()) {
            measure.parentId = newTaskId.value();
            if (auto r = repo.insertWithOfficial(ReferenceTypes::measure(), measure); !r) {
                return r.error();
            }
        }
    }
    return toId;
}

Status Editions::remove(qint64 id)
{
    auto edition = get(id);
    if (!edition) {
        return edition.error();
    }
    if (edition->official) {
        return makeError(Error::Kind::Conflict,
                         tr("The official edition cannot be removed; it is what “restore "
                            "official text” goes back to."));
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    if (auto q = Sql::exec(m_db, QStringLiteral("DELETE FROM edition WHERE id = ?"), {id}); !q) {
        return q.error();
    }
    if (Status s = AuditLog::append(m_db, {{QStringLiteral("edition"), id, QStringLiteral("delete"),
                                            QStringLiteral("title"), edition->title, QString()}});
        !s) {
        return s;
    }
    if (edition->current) {
        // Fall back to the official edition so the area is never left without a list.
        if (auto q = Sql::exec(m_db,
                               QStringLiteral("UPDATE edition SET is_current = is_official "
                                              "WHERE kind = ?"),
                               {listKindKey(edition->kind)});
            !q) {
            return q.error();
        }
    }
    return tx.commit();
}

Status Editions::renumberMeasures(qint64 editionId)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT m.id, m.number FROM measure m JOIN task t ON t.id = "
                                      "m.task_id WHERE t.edition_id = ? "
                                      "ORDER BY t.position, m.position, m.id"),
                       {editionId});
    if (!q) {
        return q.error();
    }
    QList<AuditEntry> audit;
    QList<QPair<qint64, int>> changes;
    int number = 0;
    while (q->next()) {
        ++number;
        if (q->value(1).toInt() != number) {
            changes.append({q->value(0).toLongLong(), number});
            audit.append({QStringLiteral("measure"), q->value(0).toLongLong(),
                          QStringLiteral("update"), QStringLiteral("number"),
                          q->value(1).toString(), QString::number(number)});
        }
    }
    for (const auto &[id, newNumber] : changes) {
        if (auto u = Sql::exec(m_db, QStringLiteral("UPDATE measure SET number = ? WHERE id = ?"),
                               {newNumber, id});
            !u) {
            return u.error();
        }
    }
    if (Status s = AuditLog::append(m_db, audit); !s) {
        return s;
    }
    return tx.commit();
}

Result<QJsonObject> Editions::definition(qint64 editionId) const
{
    auto value = Sql::scalar(m_db, QStringLiteral("SELECT definition FROM edition WHERE id = ?"),
                             {editionId});
    if (!value) {
        return value.error();
    }
    return QJsonDocument::fromJson(value->toString().toUtf8()).object();
}

} // namespace committee
