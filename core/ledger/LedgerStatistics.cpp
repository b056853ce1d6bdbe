#include "ledger/LedgerStatistics.h"

#include "common/Period.h"
#include "reference/Editions.h"
#include "storage/Sql.h"

namespace committee {

namespace {

// Dates are stored as yyyy-MM-dd, so a period is a range of text.
QPair<QString, QString> period(int year, int quarter)
{
    const Period p = Period::ofYearOrQuarter(year, quarter);
    return {p.first().toString(Qt::ISODate), p.last().toString(Qt::ISODate)};
}

Result<QList<LedgerStatistics::Row>> rows(Database &db, const QString &sql,
                                          const QVariantList &bind)
{
    auto q = Sql::exec(db, sql, bind);
    if (!q) {
        return q.error();
    }
    QList<LedgerStatistics::Row> list;
    while (q->next()) {
        list.append({q->value(0).toString(), q->value(1).toInt(), q->value(2).toInt(),
                     q->value(3).toInt()});
    }
    return list;
}

} // namespace

Result<LedgerStatistics::AssistTotals> LedgerStatistics::assistTotals(Database &db, int year,
                                                                      int quarter)
{
    const auto [from, to] = period(year, quarter);
    const qint64 edition = [&] {
        auto e = Editions(db).current(ListKind::Duties);
        return e ? e->id : 0;
    }();
    const QString where = QStringLiteral(" FROM assist_entry a WHERE a.deleted_at IS NULL AND "
                                         "a.worked_on BETWEEN ? AND ? ");
    AssistTotals totals;
    auto perItem =
        rows(db,
             QStringLiteral("SELECT a.duty_number || '. ' || COALESCE((SELECT name FROM "
                            "duty_item WHERE edition_id = ? AND number = a.duty_number), ''), "
                            "count(*), COALESCE(sum(a.minutes), 0), 0") +
                 where + QStringLiteral("GROUP BY a.duty_number ORDER BY a.duty_number"),
             {edition, from, to});
    auto perDepartment =
        rows(db,
             QStringLiteral("SELECT a.department, count(*), COALESCE(sum(a.minutes), 0), 0") +
                 where + QStringLiteral("GROUP BY a.department ORDER BY count(*) DESC, 1"),
             {from, to});
    auto perMonth = rows(db,
                         QStringLiteral("SELECT substr(a.worked_on, 1, 7), count(*), "
                                        "COALESCE(sum(a.minutes), 0), 0") +
                             where + QStringLiteral("GROUP BY 1 ORDER BY 1"),
                         {from, to});
    for (auto *r : {&perItem, &perDepartment, &perMonth}) {
        if (!r->ok()) {
            return r->error();
        }
    }
    totals.perItem = perItem.value();
    totals.perDepartment = perDepartment.value();
    totals.perMonth = perMonth.value();
    return totals;
}

Result<QList<LedgerStatistics::Row>> LedgerStatistics::requestsPerDepartment(Database &db, int year)
{
    const auto [from, to] = period(year, 0);
    return rows(
        db,
        QStringLiteral("SELECT department, count(*), 0, sum(CASE WHEN COALESCE(duty_number, 0) "
                       "= 0 AND decision <> 'pending' THEN 1 ELSE 0 END) FROM dept_request "
                       "WHERE deleted_at IS NULL AND received_on BETWEEN ? AND ? "
                       "GROUP BY department ORDER BY count(*) DESC, department"),
        {from, to});
}

} // namespace committee
