#pragma once

#include "common/Result.h"
#include "records/Record.h"
#include "records/RecordType.h"

#include <QCoreApplication>

namespace committee {

class Database;

struct Amendment {
    QString at;
    QString reason;
    QString field;
    QString oldValue;
    QString newValue;
};

// Which records of a type a list shows.
struct RecordQuery {
    qint64 parentId = 0;
    int year = 0;       // 0: every year
    int quarter = 0;    // 1-4, with a year; 0: the whole year
    QString kind;       // a value of the type's kindKey field; empty: every kind
    bool trash = false; // ledger types: the deleted records instead of the others
    // Text that some field shown to the clerk contains (Latin letters in any case); empty:
    // every record. Matched in the database, so typing stays fast on long lists.
    QString text;
    // A field to order by; empty: the type's own order (position, or newest first).
    QString sortKey;
    bool descending = false;
};

// The one way records of any type are read and written. Each write is one transaction
// that also appends the audit trail; values are validated against the type first.
class RecordRepository {
    Q_DECLARE_TR_FUNCTIONS(committee::RecordRepository)
public:
    explicit RecordRepository(Database &db) : m_db(db) {}

    Result<QList<Record>> list(const RecordType &type, qint64 parentId = 0) const;
    Result<QList<Record>> list(const RecordType &type, const RecordQuery &query) const;
    Result<Record> get(const RecordType &type, qint64 id) const;
    // The ids a query selects, in list order. Cheap enough for every keystroke of a filter
    // on 100,000 records; the rows themselves are then read a page at a time with get().
    Result<QList<qint64>> ids(const RecordType &type, const RecordQuery &query) const;
    // These records, in the order of `ids` (ids that no longer exist are left out).
    Result<QList<Record>> get(const RecordType &type, const QList<qint64> &ids) const;

    // Appends at the end of its parent's list. Returns the new id.
    Result<qint64> insert(const RecordType &type, const Record &record);
    Status update(const RecordType &type, const Record &record);
    // Ledger types go to the trash (restore() brings them back); others are deleted.
    Status remove(const RecordType &type, qint64 id);
    Status restore(const RecordType &type, qint64 id);
    // Locks a ledger record; later changes need amend() with a reason.
    Status finalize(const RecordType &type, qint64 id);
    Status amend(const RecordType &type, const Record &record, const QString &reason);
    Result<QList<Amendment>> amendments(const RecordType &type, qint64 id) const;
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
    Status moveToTrash(const RecordType &type, const Record &record);
    Status setLedgerColumn(const RecordType &type, qint64 id, const QString &column,
                           const QVariant &value, const QString &action);

    Database &m_db;
};

} // namespace committee
