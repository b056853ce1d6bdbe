#include "storage/Sql.h"

#include "storage/Database.h"

#include <QSqlError>

namespace committee {

Result<QSqlQuery> Sql::exec(Database &db, const QString &statement, const QVariantList &bindings)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        return makeError(
            Error::Kind::Generic,
            tr("The database could not prepare a statement: %1").arg(query.lastError().text()));
    }
    for (const QVariant &value : bindings) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return makeError(Error::Kind::Generic,
                         tr("The database refused the change: %1").arg(query.lastError().text()));
    }
    return query;
}

Result<QVariant> Sql::scalar(Database &db, const QString &statement, const QVariantList &bindings)
{
    auto query = exec(db, statement, bindings);
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0) : QVariant();
}

} // namespace committee
