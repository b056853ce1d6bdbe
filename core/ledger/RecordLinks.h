#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace committee {

class Database;

// A record's links to the measures of the task list and the items of the duty checklist
// it serves, so the quarterly sheet and the obligations can find their evidence.
struct RecordLink {
    QString targetTable; // "measure" or "duty_item"
    qint64 targetId = 0;
    int number = 0; // the measure's or item's number, for display
    QString text;   // its text, for display
};

class RecordLinks {
    Q_DECLARE_TR_FUNCTIONS(committee::RecordLinks)
public:
    explicit RecordLinks(Database &db) : m_db(db) {}

    Result<QList<RecordLink>> list(const QString &recordTable, qint64 recordId) const;
    // Replaces the record's links with these, as one change.
    Status set(const QString &recordTable, qint64 recordId, const QList<RecordLink> &links);
    // Everything a record could link to in the current editions.
    Result<QList<RecordLink>> candidates() const;
    static QString describe(const RecordLink &link);

private:
    Database &m_db;
};

} // namespace committee
