#include "backup/RecordCounts.h"

#include "committee/CommitteeTypes.h"
#include "ledger/LedgerTypes.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace committee {

namespace {

// The types the clerk keeps, in the order the app shows them.
QList<const RecordType *> countedTypes()
{
    QList<const RecordType *> types{&CommitteeTypes::member()};
    types += LedgerTypes::all();
    return types;
}

} // namespace

Result<QList<RecordCount>> RecordCounts::count(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QStringList tables;
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        return makeError(Error::Kind::Corrupt,
                         tr("The records could not be counted: %1").arg(q.lastError().text()));
    }
    while (q.next()) {
        tables.append(q.value(0).toString());
    }
    QList<RecordCount> counts;
    for (const RecordType *type : countedTypes()) {
        if (!tables.contains(type->table)) {
            continue;
        }
        const QString sql = type->ledger ? QStringLiteral("SELECT count(*) FROM %1 WHERE "
                                                          "deleted_at IS NULL")
                                         : QStringLiteral("SELECT count(*) FROM %1");
        if (!q.exec(sql.arg(type->table)) || !q.next()) {
            return makeError(Error::Kind::Corrupt,
                             tr("The records could not be counted: %1").arg(q.lastError().text()));
        }
        counts.append({type->id, QCoreApplication::translate("committee::Fields", type->plural),
                       q.value(0).toLongLong()});
    }
    if (tables.contains(QStringLiteral("attachment"))) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM attachment")) || !q.next()) {
            return makeError(Error::Kind::Corrupt,
                             tr("The records could not be counted: %1").arg(q.lastError().text()));
        }
        counts.append({QStringLiteral("attachment"), tr("Attachments"), q.value(0).toLongLong()});
    }
    return counts;
}

Result<QList<RecordCount>> RecordCounts::countFile(const QString &path)
{
    const QString name = QStringLiteral("count-") + QUuid::createUuid().toString(QUuid::Id128);
    Result<QList<RecordCount>> result = QList<RecordCount>{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = makeError(Error::Kind::Corrupt,
                               tr("%1 cannot be read: %2")
                                   .arg(QDir::toNativeSeparators(path), db.lastError().text()));
        } else {
            result = count(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

qint64 RecordCounts::total(const QList<RecordCount> &counts)
{
    qint64 sum = 0;
    for (const RecordCount &c : counts) {
        if (c.typeId != QLatin1String("attachment")) {
            sum += c.count;
        }
    }
    return sum;
}

QString RecordCounts::describe(const QList<RecordCount> &counts)
{
    QStringList parts;
    for (const RecordCount &c : counts) {
        if (c.count > 0) {
            parts.append(tr("%1: %2").arg(c.label).arg(c.count));
        }
    }
    return parts.isEmpty() ? tr("no records") : parts.join(tr(", "));
}

} // namespace committee
