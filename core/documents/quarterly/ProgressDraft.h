#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace committee {

class DocumentContext;
struct QuarterFacts;

// The draft of 进展情况 the app offers for a quarter. The form asks for
// 「对照清单简述推进情况」, so the draft follows the tasks of the year's list:
// "本季度，一是坚持党组织的全面领导，召开党员大会1次、…；二是…。", with the quarter's
// counts from the records under each task, in the wording of quarterly_draft.json, and never
// longer than the form allows.
class ProgressDraft {
public:
    // One task of the list with what the records show for it this quarter.
    struct Task {
        QString title;            // as it reads for this committee
        QString facts;            // "召开党员大会1次、两委联席会议2次"
        QString factsWithExample; // the same with the matters consulted on, where any
    };
    struct Wording {
        QString opening;    // 本季度，
        QString ordinal;    // {n}是
        QString afterTitle; // ，
        QString separator;  // ；
        QString end;        // 。
        QString nothing;    // when no task has a record
    };

    static Result<QString> write(const DocumentContext &context, int year,
                                 const QuarterFacts &facts, int limit);

    // Pure: the text from the tasks that have facts. When it is too long it drops, in turn,
    // the examples, the task titles, and then the last tasks.
    static QString compose(const QList<Task> &tasks, const Wording &wording, int limit);
};

} // namespace committee
