#include "storage/Transaction.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace committee {

namespace {
bool run(Database &db, const QString &statement, QString *errorText = nullptr)
{
    QSqlQuery q(db.connection());
    if (q.exec(statement)) {
        return true;
    }
    if (errorText) {
        *errorText = q.lastError().text();
    }
    return false;
}
} // namespace

Transaction::Transaction(Database &db) : m_db(db)
{
    int &depth = m_db.transactionDepth();
    QString why;
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
            makeError(Error::Kind::Generic, Database::tr("Could not start saving: %1").arg(why));
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
    QString why;
    const bool done = m_savepoint.isEmpty()
                          ? run(m_db, QStringLiteral("COMMIT"), &why)
                          : run(m_db, QStringLiteral("RELEASE ") + m_savepoint, &why);
    if (!done) {
        rollback();
        return makeError(Error::Kind::Io,
                         Database::tr("Saving failed and nothing was changed: %1").arg(why));
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
