#pragma once

#include "common/Result.h"
#include "obligations/Obligation.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>

namespace committee {

class Database;

// What the dashboard shows: for each key task and measure of the current task list, how
// far the quarter's obligations are met; the deadlines ahead; and the days of the year with
// deadlines and meetings.
class ObligationOverview {
    Q_DECLARE_TR_FUNCTIONS(committee::ObligationOverview)
public:
    struct MeasureProgress {
        int number = 0;
        QString text;
        int done = 0;          // obligations of this measure that are done
        int applicable = 0;    // obligations of this measure that apply
        int linkedRecords = 0; // records linked to the measure in the quarter
        bool behind = false;   // an obligation of it is overdue
    };
    struct TaskProgress {
        int number = 0;
        QString title;
        QList<MeasureProgress> measures;
        int done = 0;
        int applicable = 0;
        bool behind = false;
    };
    struct CalendarDay {
        QStringList deadlines;
        QStringList meetings;
    };

    static Result<QList<TaskProgress>>
    progress(Database &db, const QList<ObligationStatus> &statuses, const QDate &today);
    // Deadlines of the year from the obligations' cadences, and the meetings held.
    static Result<QMap<QDate, CalendarDay>>
    calendar(Database &db, const QList<Obligation> &obligations, int year);
    static QList<QDate> deadlinesIn(const Obligation &obligation, int year);
};

} // namespace committee
