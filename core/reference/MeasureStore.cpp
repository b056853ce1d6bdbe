#include "reference/MeasureStore.h"

#include "reference/Editions.h"
#include "reference/ReferenceTypes.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace committee {

namespace {

// Runs a change and the renumbering as one transaction.
template <typename Change> auto withRenumbering(Database &db, qint64 editionId, Change change)
{
    using R = decltype(change());
    Transaction tx(db);
    if (!tx.isActive()) {
        return R(tx.error());
    }
    auto result = change();
    if (!result.ok()) {
        return result;
    }
    if (Status s = Editions(db).renumberMeasures(editionId); !s) {
        return R(s.error());
    }
    if (Status s = tx.commit(); !s) {
        return R(s.error());
    }
    return result;
}

} // namespace

MeasureStore::MeasureStore(Database &db, qint64 editionId, qint64 taskId)
    : RecordStore(db, ReferenceTypes::measure(), taskId), m_editionId(editionId)
{}

Record MeasureStore::blank() const
{
    Record record = RecordStore::blank();
    record.values.insert(QStringLiteral("number"), 1); // replaced by the renumbering
    return record;
}

Result<qint64> MeasureStore::insert(const Record &record)
{
    return withRenumbering(database(), m_editionId, [&] { return RecordStore::insert(record); });
}

Status MeasureStore::remove(qint64 id)
{
    return withRenumbering(database(), m_editionId, [&] { return RecordStore::remove(id); });
}

Status MeasureStore::move(qint64 id, int delta)
{
    return withRenumbering(database(), m_editionId, [&] { return RecordStore::move(id, delta); });
}

TaskStore::TaskStore(Database &db, qint64 editionId)
    : RecordStore(db, ReferenceTypes::task(), editionId)
{}

Status TaskStore::remove(qint64 id)
{
    return withRenumbering(database(), parentId(), [&] { return RecordStore::remove(id); });
}

Status TaskStore::move(qint64 id, int delta)
{
    return withRenumbering(database(), parentId(), [&] { return RecordStore::move(id, delta); });
}

} // namespace committee
