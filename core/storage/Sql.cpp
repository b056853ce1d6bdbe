#include "storage/Sql.h"

#include "storage/Database.h"

#include <QSqlError>

namespace committee {

Error Sql::failure(const QSqlError &error)
{
    // SQLITE_FULL (13) on a full disk, SQLITE_IOERR (10, with extended codes in the higher
    // bits) when a write fails, e.g. a file-size limit or a USB stick pulled out. SQLite has
    // rolled the change back either way, so nothing of it is half-written.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == 13 || code == 10) {
        return makeError(Error::Kind::Io,
                         tr("The change could not be written to the disk, which may be full or no "
                            "longer attached. Nothing of this change was saved; everything saved "
                            "before it is safe. Free some space or reconnect the drive, then try "
                            "again."));
    }
    return makeError(Error::Kind::Generic,
                     tr("The database refused the change: %1").arg(error.text()));
}

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
        return failure(query.lastError());
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
