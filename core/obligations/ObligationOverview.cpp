#include "obligations/ObligationOverview.h"

#include "common/Period.h"
#include "ledger/LedgerTypes.h"
#include "obligations/ObligationEngine.h"
#include "reference/ReferenceExport.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace committee {

Result<QList<ObligationOverview::TaskProgress>>
ObligationOverview::progress(Database &db, const QList<ObligationStatus> &statuses,
                             const QDate &today)
{
    auto lists = ReferenceExport::read(db);
    if (!lists) {
        return lists.error();
    }
    const auto [from, to] = ObligationEngine::periodOf(QStringLiteral("quarterly"), today);
    // Links from records of the quarter, counted per measure number, in one query.
    QHash<int, int> linked;
    for (const RecordType *type : LedgerTypes::all()) {
        if (type->dateKey.isEmpty()) {
            continue;
        }
        auto q =
            Sql::exec(db,
                      QStringLiteral(
                          "SELECT m.number, count(*) FROM record_link l JOIN measure m ON "
                          "l.target_table = 'measure' AND m.id = l.target_id JOIN %1 r ON "
                          "l.record_table = '%1' AND r.id = l.record_id WHERE r.deleted_at IS NULL "
                          "AND r.%2 BETWEEN ? AND ? GROUP BY m.number")
                          .arg(type->table, type->dateKey),
                      {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            linked[q->value(0).toInt()] += q->value(1).toInt();
        }
    }
    QList<TaskProgress> tasks;
    for (const auto &t : lists->tasks) {
        TaskProgress task;
        task.number = t.task.value(QStringLiteral("number")).toInt();
        task.title = t.task.text(QStringLiteral("title"));
        for (const Record &m : t.measures) {
            MeasureProgress measure;
            measure.number = m.value(QStringLiteral("number")).toInt();
            measure.text = m.text(QStringLiteral("text"));
            measure.linkedRecords = linked.value(measure.number);
            for (const ObligationStatus &s : statuses) {
                if (s.obligation.measureNumber != measure.number ||
                    s.state == ObligationStatus::State::NotApplicable) {
                    continue;
                }
                ++measure.applicable;
                measure.done += s.state == ObligationStatus::State::Done ? 1 : 0;
                measure.behind = measure.behind || s.state == ObligationStatus::State::Overdue;
            }
            task.done += measure.done;
            task.applicable += measure.applicable;
            task.behind = task.behind || measure.behind;
            task.measures.append(measure);
        }
        tasks.append(task);
    }
    return tasks;
}

QList<QDate> ObligationOverview::deadlinesIn(const Obligation &o, int year)
{
    QList<QDate> dates;
    if (o.cadence == QLatin1String("fixed_dates") ||
        (o.cadence == QLatin1String("yearly") && !o.dueDates.isEmpty())) {
        for (const auto &[month, day] : o.dueDates) {
            dates << QDate(year, month, qMin(day, QDate(year, month, 1).daysInMonth()));
        }
    } else if (o.cadence == QLatin1String("yearly")) {
        dates << QDate(year, 12, 31);
    } else if (o.cadence == QLatin1String("quarterly")) {
        for (int q = 1; q <= 4; ++q) {
            dates << Quarter(year, q).last();
        }
    } else if (o.cadence == QLatin1String("monthly")) {
        for (int m = 1; m <= 12; ++m) {
            dates << QDate(year, m, QDate(year, m, 1).daysInMonth());
        }
    }
    return dates;
}

Result<QMap<QDate, ObligationOverview::CalendarDay>>
ObligationOverview::calendar(Database &db, const QList<Obligation> &obligations, int year)
{
    QMap<QDate, CalendarDay> days;
    for (const Obligation &o : obligations) {
        for (const QDate &d : deadlinesIn(o, year)) {
            days[d].deadlines << o.title;
        }
    }
    auto q =
        Sql::exec(db,
                  QStringLiteral("SELECT held_on, topic FROM meeting WHERE deleted_at IS NULL AND "
                                 "held_on BETWEEN ? AND ? ORDER BY held_on"),
                  {QStringLiteral("%1-01-01").arg(year), QStringLiteral("%1-12-31").arg(year)});
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        days[QDate::fromString(q->value(0).toString(), Qt::ISODate)].meetings
            << q->value(1).toString();
    }
    return days;
}

} // namespace committee
