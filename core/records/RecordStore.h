#pragma once

#include "common/Result.h"
#include "records/Record.h"
#include "records/RecordRepository.h"
#include "records/RecordType.h"

namespace committee {

class Database;

// The records of one type under one parent (e.g. the items of one edition), as the
// generic list/detail/editor widgets see them. Rules that go with a change (renumbering,
// workflow order) live in subclasses here in core, never in the widgets.
class RecordStore {
public:
    RecordStore(Database &db, const RecordType &type, qint64 parentId = 0)
        : m_db(db), m_type(type), m_parentId(parentId)
    {}
    virtual ~RecordStore() = default;

    const RecordType &type() const { return m_type; }
    qint64 parentId() const { return m_parentId; }
    void setParentId(qint64 id) { m_parentId = id; }

    // What list() shows: year, quarter, kind, or the trash (parentId is kept from here).
    void setQuery(const RecordQuery &query) { m_query = query; }
    const RecordQuery &query() const { return m_query; }

    virtual Result<QList<Record>> list() const;
    // The same list read lazily: the ids in order, then the records of a page of them.
    Result<QList<qint64>> ids() const;
    Result<QList<Record>> records(const QList<qint64> &ids) const;
    virtual Result<Record> get(qint64 id) const { return repo().get(m_type, id); }
    // A blank record with the values a new one starts with.
    virtual Record blank() const;
    virtual Result<qint64> insert(const Record &record);
    virtual Status update(const Record &record) { return repo().update(m_type, record); }
    virtual Status remove(qint64 id) { return repo().remove(m_type, id); }
    virtual Status move(qint64 id, int delta) { return repo().move(m_type, id, delta); }
    virtual Status restoreOfficial(qint64 id) { return repo().restoreOfficial(m_type, id); }
    virtual Status restoreFromTrash(qint64 id) { return repo().restore(m_type, id); }
    virtual Status finalize(qint64 id) { return repo().finalize(m_type, id); }
    virtual Status amend(const Record &record, const QString &reason)
    {
        return repo().amend(m_type, record, reason);
    }

    // Facts the type's list-wide checks need (e.g. whether this is a 村 or a 社区).
    virtual QVariantMap listContext() const { return {}; }
    // For RecordRef fields: what can be chosen, and how a chosen id reads.
    virtual QList<QPair<qint64, QString>> referenceChoices(const FieldSpec &) const { return {}; }
    virtual QString referenceLabel(const FieldSpec &field, const QVariant &value) const;
    // For People fields: the names the clerk usually picks from.
    virtual QStringList peopleChoices() const { return {}; }

protected:
    // Adds facts from outside the records that their rules need (see Record::context).
    virtual void addContext(QList<Record> &) const {}
    RecordRepository repo() const { return RecordRepository(m_db); }
    Database &database() const { return m_db; }

private:
    Database &m_db;
    const RecordType &m_type;
    qint64 m_parentId;
    RecordQuery m_query;
};

} // namespace committee
