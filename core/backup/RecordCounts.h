#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace committee {

// How many records of each type a database holds: what a backup's manifest records and
// what the clerk is shown before restoring one. Records in the trash are not counted.
struct RecordCount {
    QString typeId; // RecordType::id, or "attachment"
    QString label;  // the type's plural, translated
    qint64 count = 0;
};

class RecordCounts {
    Q_DECLARE_TR_FUNCTIONS(committee::RecordCounts)
public:
    // Counts through an open connection. Types whose table an older database does not
    // have yet are left out.
    static Result<QList<RecordCount>> count(const QSqlDatabase &db);
    // Opens `path` read-only and counts.
    static Result<QList<RecordCount>> countFile(const QString &path);

    static qint64 total(const QList<RecordCount> &counts);
    // "Meetings: 12, Decisions: 3, …", leaving out types with none.
    static QString describe(const QList<RecordCount> &counts);
};

} // namespace committee
