#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>

namespace committee {

class Database;
struct ObligationStatus;

// The progress status the obligations suggest for the quarterly sheet (附件2): per measure
// of the task list, and for the sheet as a whole. Evaluated at the quarter's end, or today
// while the quarter is running, so it says what the records showed at that point.
class MeasureSuggestion {
    Q_DECLARE_TR_FUNCTIONS(committee::MeasureSuggestion)
public:
    enum class Status { OnSchedule, Behind, Completed };
    struct Suggestion {
        QHash<int, Status> perMeasure;   // only measures that have obligations
        QHash<int, QStringList> reasons; // e.g. "召开协商会议: 本季度 1/2"
        Status overall = Status::OnSchedule;
    };
    static Result<Suggestion> forQuarter(Database &db, int year, int quarter, const QDate &today);
    // Whether an obligation counts as behind for a quarter ending `quarterEnd`, judged
    // `today`: overdue, or, once the quarter is over, still open past a deadline in it.
    static bool isLate(const ObligationStatus &status, const QDate &quarterEnd, const QDate &today);
    // The form's wording for a status: 正常推进, 推进滞后 or 已完成 (index into the options).
    static int optionIndex(Status status);
};

} // namespace committee
