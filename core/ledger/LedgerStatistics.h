#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace committee {

class Database;

// Totals the clerk is asked for: assistance work per checklist item, per department and
// per month; and requests inside and outside the list per department.
class LedgerStatistics {
    Q_DECLARE_TR_FUNCTIONS(committee::LedgerStatistics)
public:
    struct Row {
        QString label;
        int count = 0;
        int minutes = 0; // assistance work only
        int outside = 0; // requests only: how many fell outside the list
    };
    struct AssistTotals {
        QList<Row> perItem;
        QList<Row> perDepartment;
        QList<Row> perMonth;
    };
    static Result<AssistTotals> assistTotals(Database &db, int year, int quarter = 0);
    static Result<QList<Row>> requestsPerDepartment(Database &db, int year);
};

} // namespace committee
