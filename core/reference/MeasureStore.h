#pragma once

#include "records/RecordStore.h"

namespace committee {

// Measures of one task. After any change that adds, removes or reorders a measure, the
// whole list is renumbered so the numbers run 1, 2, 3 ... across all tasks, as in the
// official document.
class MeasureStore : public RecordStore {
public:
    MeasureStore(Database &db, qint64 editionId, qint64 taskId);

    void setEditionId(qint64 id) { m_editionId = id; }
    Record blank() const override;
    Result<qint64> insert(const Record &record) override;
    Status remove(qint64 id) override;
    Status move(qint64 id, int delta) override;

private:
    qint64 m_editionId;
};

// Tasks of one edition; moving or removing a task renumbers the measures too.
class TaskStore : public RecordStore {
public:
    TaskStore(Database &db, qint64 editionId);
    Status remove(qint64 id) override;
    Status move(qint64 id, int delta) override;
};

} // namespace committee
