#pragma once

#include "common/Result.h"

#include <QString>

namespace committee {

class Database;

// One unit of work. The outermost guard starts an IMMEDIATE transaction (so a writer never
// has to upgrade a read lock and fail); inner guards become savepoints, so repository
// methods can be composed without knowing whether a caller already opened a transaction.
// Anything not committed is rolled back when the guard goes out of scope.
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when the transaction could not even begin; error() says why.
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    Status commit();

private:
    void rollback();

    Database &m_db;
    QString m_savepoint; // empty for the outermost transaction
    bool m_active = false;
    Error m_error;
};

} // namespace committee
