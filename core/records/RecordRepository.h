#pragma once

#include "common/Result.h"
#include "records/Record.h"
#include "records/RecordType.h"

#include <QCoreApplication>

namespace committee {

class Database;

// The one way records of any type are read and written. Each write is one transaction
// that also appends the audit trail; values are validated against the type first.
class RecordRepository {
    Q_DECLARE_TR_FUNCTIONS(committee::RecordRepository)
public:
    explicit RecordRepository(Database &db) : m_db(db) {}

    Result<QList<Record>> list(const RecordType &type, qint64 parentId = 0) const;
    Result<Record> get(const RecordType &type, qint64 id) const;

    // Appends at the end of its parent's list. Returns the new id.
    Result<qint64> insert(const RecordType &type, const Record &record);
    Status update(const RecordType &type, const Record &record);
    Status remove(const RecordType &type, qint64 id);
    // Moves a record up (-1) or down (+1) among its siblings.
    Status move(const RecordType &type, qint64 id, int delta);

    // Fields whose value differs from the official text (empty for clerk-added entries).
    static QStringList differingFields(const RecordType &type, const Record &record);
    Status restoreOfficial(const RecordType &type, qint64 id);

    // Used by seeding and edition copies: inserts with the given official text attached.
    Result<qint64> insertWithOfficial(const RecordType &type, const Record &record);

private:
    Status write(const RecordType &type, const Record &before, const Record &after,
                 const QString &action);
    Status renumber(const RecordType &type, qint64 parentId);

    Database &m_db;
};

} // namespace committee
