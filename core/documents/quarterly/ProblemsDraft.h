#pragma once

#include "common/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace committee {

class DocumentContext;

// What stands open at the end of a quarter, as the draft of 存在问题及下步打算 needs it.
struct QuarterOutlook {
    struct Behind {
        QString title; // the obligation, as it reads for this committee
        int count = 0;
        int required = 0;
    };
    struct Deadline {
        QDate date;
        QString title;
    };
    QList<Behind> behind;          // obligations of the task list not met in time
    int pendingRequests = 0;       // department requests not yet decided on
    QStringList openDecisions;     // 四议两公开 matters resolved, result not yet disclosed
    QList<Deadline> nextDeadlines; // the next quarter's deadlines, soonest first

    // Judged on `today`, or at the quarter's end when that is past.
    static Result<QuarterOutlook> collect(const DocumentContext &context, int year, int quarter,
                                          const QDate &today);
};

// The draft of 存在问题及下步打算: the problems from what is overdue or open, and as next
// steps catching up on those and the next quarter's deadlines, in the wording of
// quarterly_draft.json ("problems").
class ProblemsDraft {
public:
    static Result<QString> write(const DocumentContext &context, int year, int quarter,
                                 const QDate &today, int limit);
    // Pure. When too long it gives fewer deadlines, then fewer of the overdue items.
    static QString compose(QuarterOutlook outlook, const QJsonObject &wording, int limit);
};

} // namespace committee
