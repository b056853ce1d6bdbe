#include "storage/Transaction.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace committee {

namespace {
bool run(Database &db, const QString &statement, QSqlError *error = nullptr)
{
    QSqlQuery q(db.connection());
    if (q.exec(statement)) {
        return true;
    }
    if (error) {
        *error = q.lastError();
    }
    return false;
}
} // namespace

Transaction::Transaction(Database &db) : m_db(db)
{
    int &depth = m_db.transactionDepth();
    QSqlError why;
    if (depth == 0) {
        m_active = run(m_db, QStringLiteral("BEGIN IMMEDIATE"), &why);
    } else {
        m_savepoint = QStringLiteral("sp%1").arg(depth);
        m_active = run(m_db, QStringLiteral("SAVEPOINT ") + m_savepoint, &why);
    }
    if (m_active) {
        ++depth;
    } else {
        m_error =
            makeError(Error::Kind::Generic,
                      Database::tr("Could not start saving: %1").arg(Sql::failure(why).message));
    }
}

Transaction::~Transaction()
{
    if (m_active) {
        rollback();
    }
}

Status Transaction::commit()
{
    if (!m_active) {
        return m_error;
    }
    QSqlError why;
    const bool done = m_savepoint.isEmpty()
                          ? run(m_db, QStringLiteral("COMMIT"), &why)
                          : run(m_db, QStringLiteral("RELEASE ") + m_savepoint, &why);
    if (!done) {
        rollback();
        return makeError(Error::Kind::Io, Database::tr("Saving failed and nothing was changed: %1")
                                              .arg(Sql::failure(why).message));
    }
    m_active = false;
    --m_db.transactionDepth();
    return {};
}

void Transaction::rollback()
{
    if (m_savepoint.isEmpty()) {
        run(m_db, QStringLiteral("ROLLBACK"));
    } else {
        run(m_db, QStringLiteral("ROLLBACK TO ") + m_savepoint);
        run(m_db, QStringLiteral("RELEASE ") + m_savepoint);
    }
    m_active = false;
    --m_db.transactionDepth();
}

} // namespace committee
