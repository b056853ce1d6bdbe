#include "records/RecordStore.h"

#include "records/FieldText.h"

namespace committee {

Result<QList<Record>> RecordStore::list() const
{
    RecordQuery query = m_query;
    query.parentId = m_parentId;
    auto rows = repo().list(m_type, query);
    if (rows) {
        addContext(rows.value());
    }
    return rows;
}

Result<QList<qint64>> RecordStore::ids() const
{
    RecordQuery query = m_query;
    query.parentId = m_parentId;
    return repo().ids(m_type, query);
}

Result<QList<Record>> RecordStore::records(const QList<qint64> &ids) const
{
    auto rows = repo().get(m_type, ids);
    if (rows) {
        addContext(rows.value());
    }
    return rows;
}

QString RecordStore::referenceLabel(const FieldSpec &field, const QVariant &value) const
{
    return FieldText::display(field, value);
}

Record RecordStore::blank() const
{
    Record record;
    record.parentId = m_parentId;
    for (const FieldSpec &field : m_type.fields) {
        if (field.kind == FieldKind::Choice && !field.choices.isEmpty()) {
            record.values.insert(field.key, field.choices.first().value);
        } else if (field.kind == FieldKind::Integer) {
            record.values.insert(field.key, field.minimum);
        }
    }
    return record;
}

Result<qint64> RecordStore::insert(const Record &record)
{
    Record row = record;
    row.parentId = m_parentId;
    return repo().insert(m_type, row);
}

} // namespace committee
