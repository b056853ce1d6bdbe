#include "obligations/MeasureSuggestion.h"

#include "common/Period.h"
#include "obligations/ObligationService.h"

namespace committee {

int MeasureSuggestion::optionIndex(Status status)
{
    // The order of the form's own options: 正常推进, 推进滞后, 已完成.
    switch (status) {
    case Status::Behind:
        return 1;
    case Status::Completed:
        return 2;
    case Status::OnSchedule:
        break;
    }
    return 0;
}

bool MeasureSuggestion::isLate(const ObligationStatus &s, const QDate &quarterEnd,
                               const QDate &today)
{
    using State = ObligationStatus::State;
    // For a quarter that is over, what was still open at its end was not done in time.
    const bool closedOpen = today > quarterEnd && s.deadline.isValid() &&
                            s.deadline <= quarterEnd &&
                            (s.state == State::DueSoon || s.state == State::InProgress);
    return s.state == State::Overdue || closedOpen;
}

Result<MeasureSuggestion::Suggestion> MeasureSuggestion::forQuarter(Database &db, int year,
                                                                    int quarter, const QDate &today)
{
    const QDate quarterEnd = Quarter(year, quarter).last();
    const QDate when = qMin(quarterEnd, today);
    auto statuses = ObligationService(db).statusOn(when);
    if (!statuses) {
        return statuses.error();
    }
    using State = ObligationStatus::State;
    Suggestion suggestion;
    QHash<int, int> applicable, done;
    for (const ObligationStatus &s : statuses.value()) {
        const int measure = s.obligation.measureNumber;
        if (measure <= 0 || s.state == State::NotApplicable) {
            continue;
        }
        ++applicable[measure];
        done[measure] += s.state == State::Done ? 1 : 0;
        suggestion.reasons[measure] << QStringLiteral("%1：%2").arg(s.obligation.title, s.summary);
        if (isLate(s, quarterEnd, today)) {
            suggestion.perMeasure[measure] = Status::Behind;
        }
    }
    bool anyBehind = false;
    bool allCompleted = !applicable.isEmpty();
    for (auto it = applicable.cbegin(); it != applicable.cend(); ++it) {
        const int measure = it.key();
        if (suggestion.perMeasure.value(measure, Status::OnSchedule) == Status::Behind) {
            anyBehind = true;
            allCompleted = false;
            continue;
        }
        // The last quarter's sheet can say 已完成 when everything of the year is met.
        const bool complete =
            done.value(measure) == it.value() && quarter == 4 && when == quarterEnd;
        suggestion.perMeasure[measure] = complete ? Status::Completed : Status::OnSchedule;
        allCompleted = allCompleted && complete;
    }
    suggestion.overall = anyBehind      ? Status::Behind
                         : allCompleted ? Status::Completed
                                        : Status::OnSchedule;
    return suggestion;
}

} // namespace committee
