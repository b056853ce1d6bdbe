#include "obligations/ObligationEngine.h"

#include "common/Period.h"
#include "ledger/LedgerRules.h"
#include "ledger/LedgerStore.h"

#include <algorithm>

namespace committee {

namespace {

using State = ObligationStatus::State;

QDate dateOf(const Record &record, const QString &key)
{
    const QVariant v = record.values.value(key);
    return v.typeId() == QMetaType::QDate ? v.toDate()
                                          : QDate::fromString(v.toString(), Qt::ISODate);
}

QList<QDate> dueDatesIn(const Obligation &o, int year)
{
    QList<QDate> dates;
    for (const auto &[month, day] : o.dueDates) {
        // 29 February falls on 28 February in other years rather than disappearing.
        const QDate first(year, month, 1);
        dates << QDate(year, month, qMin(day, first.daysInMonth()));
    }
    std::sort(dates.begin(), dates.end());
    return dates;
}

// The state of a count against what is required by a deadline, on `today`.
State stateFor(int count, int required, const QDate &deadline, const QDate &today, int horizon)
{
    if (count >= required) {
        return State::Done;
    }
    if (today > deadline) {
        return State::Overdue;
    }
    if (today.daysTo(deadline) <= horizon) {
        return State::DueSoon;
    }
    return State::InProgress;
}

} // namespace

QString stateName(ObligationStatus::State state)
{
    switch (state) {
    case State::Done:
        return ObligationEngine::tr("Done");
    case State::InProgress:
        return ObligationEngine::tr("In progress");
    case State::DueSoon:
        return ObligationEngine::tr("Due soon");
    case State::Overdue:
        return ObligationEngine::tr("Overdue");
    case State::NotApplicable:
        break;
    }
    return ObligationEngine::tr("Not applicable");
}

QString stateKey(ObligationStatus::State state)
{
    switch (state) {
    case State::Done:
        return QStringLiteral("done");
    case State::InProgress:
        return QStringLiteral("in_progress");
    case State::DueSoon:
        return QStringLiteral("due_soon");
    case State::Overdue:
        return QStringLiteral("overdue");
    case State::NotApplicable:
        break;
    }
    return QStringLiteral("not_applicable");
}

QPair<QDate, QDate> ObligationEngine::periodOf(const QString &cadence, const QDate &day)
{
    if (cadence == QLatin1String("quarterly")) {
        const Quarter quarter = Quarter::fromDate(day);
        return {quarter.first(), quarter.last()};
    }
    if (cadence == QLatin1String("monthly")) {
        const QDate start(day.year(), day.month(), 1);
        return {start, start.addMonths(1).addDays(-1)};
    }
    if (cadence == QLatin1String("daily")) {
        return {day, day};
    }
    return {QDate(day.year(), 1, 1), QDate(day.year(), 12, 31)};
}

bool ObligationEngine::matches(const EvidenceRule &rule, const Record &record)
{
    for (auto it = rule.equals.cbegin(); it != rule.equals.cend(); ++it) {
        if (record.values.value(it.key()).toString() != it.value().toString()) {
            return false;
        }
    }
    for (auto it = rule.notEquals.cbegin(); it != rule.notEquals.cend(); ++it) {
        if (record.values.value(it.key()).toString() == it.value().toString()) {
            return false;
        }
    }
    for (auto it = rule.contains.cbegin(); it != rule.contains.cend(); ++it) {
        if (!record.values.value(it.key()).toString().contains(it.value().toString())) {
            return false;
        }
    }
    return true;
}

bool ObligationEngine::displayedLongEnough(const Obligation &o, const Record &record)
{
    if (!o.evidence.displayOk) {
        return true;
    }
    // The obligation's own display time, as the clerk may have edited it; without one, the
    // rule of 渝北民〔2023〕24号 measure 15 (10 days, a month for finance).
    if (o.displayDays <= 0 && o.displayMonths <= 0) {
        return LedgerRules::displayTimeProblem(record.values).isEmpty();
    }
    const QDate posted = dateOf(record, QStringLiteral("posted_on"));
    const QDate down = dateOf(record, QStringLiteral("taken_down_on"));
    if (!posted.isValid() || !down.isValid() ||
        record.text(QStringLiteral("channel")) == QLatin1String("online")) {
        return true; // still up, or not on the board at all
    }
    return posted.daysTo(down) >= o.displayDays && posted.addMonths(o.displayMonths) <= down;
}

ObligationStatus ObligationEngine::evaluate(const Obligation &o, const RecordType *type,
                                            const QList<Record> &candidates, const Context &context)
{
    ObligationStatus status;
    status.obligation = o;
    status.required = o.requiredCount;
    const QDate today = context.today;
    if (o.appliesTo != QLatin1String("both") && !context.committeeKind.isEmpty() &&
        o.appliesTo != context.committeeKind) {
        status.summary = o.appliesTo == QLatin1String("village")
                             ? tr("Only for village committees")
                             : tr("Only for community committees");
        return status;
    }
    if (!type) {
        status.summary = tr("Its records are not kept in this version of the app.");
        return status;
    }
    const QString dateKey = o.evidence.dateKey.isEmpty() ? type->dateKey : o.evidence.dateKey;
    auto collect = [&](const QDate &from, const QDate &periodEnd) {
        // What happens after the day being evaluated is not evidence on that day.
        const QDate to = qMin(periodEnd, today);
        QList<EvidenceItem> items;
        for (const Record &r : candidates) {
            if (!matches(o.evidence, r) || !displayedLongEnough(o, r)) {
                continue;
            }
            QDate date = dateKey.isEmpty() ? QDate() : dateOf(r, dateKey);
            if (dateKey.isEmpty() && type->field(QStringLiteral("year"))) {
                // Records placed by a year field only count in that year.
                const int year = r.value(QStringLiteral("year")).toInt();
                if (year != from.year()) {
                    continue;
                }
                date = from;
            } else if (!date.isValid() || date < from || date > to) {
                continue;
            }
            items.append({type->id, r.id, date, LedgerStore::labelOf(*type, r)});
        }
        std::sort(items.begin(), items.end(),
                  [](const EvidenceItem &a, const EvidenceItem &b) { return a.date < b.date; });
        return items;
    };

    if (o.cadence == QLatin1String("standing")) {
        // A rule that holds or not at any time, such as the sub-committee composition.
        QStringList problems = LedgerRules::missingSubcommittees(candidates, context.committeeKind);
        for (const Record &r : candidates) {
            for (const QString &p : LedgerRules::subcommitteeProblems(r.values)) {
                problems << QStringLiteral("%1：%2").arg(r.text(QStringLiteral("name")), p);
            }
        }
        for (const Record &r : candidates) {
            status.evidence.append({type->id, r.id, QDate(), LedgerStore::labelOf(*type, r)});
        }
        status.state = problems.isEmpty() ? State::Done : State::Overdue;
        status.summary = problems.isEmpty() ? tr("Complete") : problems.join(QLatin1Char('\n'));
        return status;
    }
    if (o.cadence == QLatin1String("per_event")) {
        // Each matter is its own deadline; what is owed is finishing the open ones.
        int open = 0;
        for (const Record &r : candidates) {
            if (LedgerRules::nextStep(LedgerRules::decisionSteps(), r.values) >= 0) {
                ++open;
                status.evidence.append(
                    {type->id, r.id, dateOf(r, type->dateKey), LedgerStore::labelOf(*type, r)});
            }
        }
        status.count = open;
        status.state = open == 0 ? State::Done : State::InProgress;
        status.summary = open == 0
                             ? tr("No matter is waiting for a step")
                             : tr("%n matter(s) not yet through all six steps", nullptr, open);
        return status;
    }
    if (o.cadence == QLatin1String("fixed_dates")) {
        // Each due date closes the period since the one before it. The state shown is the
        // most pressing: a missed date this year, else the next one.
        QList<QDate> dues = dueDatesIn(o, today.year());
        const QList<QDate> lastYear = dueDatesIn(o, today.year() - 1);
        if (dues.isEmpty()) {
            return status;
        }
        auto periodStartFor = [&](int index) {
            return (index > 0 ? dues[index - 1] : lastYear.constLast()).addDays(1);
        };
        int current = 0;
        while (current < dues.size() && dues[current] < today) {
            ++current;
        }
        ObligationStatus lastDone;
        if (current > 0) {
            const int last = current - 1;
            const auto items = collect(periodStartFor(last), dues[last]);
            lastDone.periodStart = periodStartFor(last);
            lastDone.periodEnd = lastDone.deadline = dues[last];
            lastDone.count = int(items.size());
            lastDone.evidence = items;
            if (int(items.size()) < o.requiredCount) {
                status.periodStart = lastDone.periodStart;
                status.periodEnd = status.deadline = dues[last];
                status.count = lastDone.count;
                status.evidence = items;
                status.state = State::Overdue;
                status.summary = tr("Missed on %1").arg(dues[last].toString(Qt::ISODate));
                return status;
            }
        }
        if (current >= dues.size()) {
            // After the last date of the year: the next one is in January next year.
            dues = dueDatesIn(o, today.year() + 1);
            current = 0;
            status.periodStart = dueDatesIn(o, today.year()).constLast().addDays(1);
        } else {
            status.periodStart = periodStartFor(current);
        }
        status.periodEnd = status.deadline = dues[current];
        status.evidence = collect(status.periodStart, status.deadline);
        status.count = int(status.evidence.size());
        status.state =
            stateFor(status.count, o.requiredCount, status.deadline, today, context.horizonDays);
        if (status.state == State::InProgress && lastDone.deadline.isValid()) {
            // Nothing is pressing yet: what the clerk sees is the date just met.
            const QDate next = status.deadline;
            status.periodStart = lastDone.periodStart;
            status.periodEnd = status.deadline = lastDone.deadline;
            status.count = lastDone.count;
            status.evidence = lastDone.evidence;
            status.state = State::Done;
            status.summary =
                tr("Done for %1; next on %2")
                    .arg(lastDone.deadline.toString(Qt::ISODate), next.toString(Qt::ISODate));
            return status;
        }
        status.summary = status.state == State::Done
                             ? tr("Done for %1").arg(status.deadline.toString(Qt::ISODate))
                             : tr("Due on %1").arg(status.deadline.toString(Qt::ISODate));
        return status;
    }

    const auto [start, end] = periodOf(o.cadence, today);
    status.periodStart = start;
    status.periodEnd = end;
    status.deadline = end;
    if (!o.dueDates.isEmpty() && o.cadence == QLatin1String("yearly")) {
        status.deadline = dueDatesIn(o, today.year()).constFirst();
    }
    // A yearly obligation done after its deadline is still done, but said to be late.
    status.evidence = collect(start, o.cadence == QLatin1String("yearly") ? end : status.deadline);
    status.count = int(status.evidence.size());
    status.state =
        stateFor(status.count, o.requiredCount, status.deadline, today, context.horizonDays);
    if (status.state == State::Done && status.deadline < end &&
        status.evidence.at(o.requiredCount > 0 ? o.requiredCount - 1 : 0).date > status.deadline) {
        status.summary = tr("Done late, after %1").arg(status.deadline.toString(Qt::ISODate));
        return status;
    }
    if (o.evidence.atMost > 0 && status.count > o.evidence.atMost) {
        status.state = State::Overdue;
        status.summary = tr("%1 this year; at most %2").arg(status.count).arg(o.evidence.atMost);
        return status;
    }
    if (o.cadence == QLatin1String("daily")) {
        status.summary = status.count > 0 ? tr("Done today") : tr("Not yet done today");
    } else if (o.cadence == QLatin1String("quarterly")) {
        status.summary = tr("%1 of %2 this quarter").arg(status.count).arg(o.requiredCount);
    } else if (o.cadence == QLatin1String("monthly")) {
        status.summary = tr("%1 of %2 this month").arg(status.count).arg(o.requiredCount);
    } else {
        status.summary = tr("%1 of %2 this year").arg(status.count).arg(o.requiredCount);
    }
    return status;
}

} // namespace committee
