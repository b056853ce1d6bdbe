#include "ledger/StressData.h"

#include "ledger/DemoGenerator.h"
#include "ledger/LedgerTypes.h"
#include "records/RecordStorage.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace committee {

namespace {

// Prepares one INSERT for every field of the type and runs it once per generated row.
Status insertRows(Database &db, const RecordType &type, int count,
                  const std::function<QVariantMap(int)> &row)
{
    QStringList columns{QStringLiteral("created_at")};
    for (const FieldSpec &field : type.fields) {
        columns << field.key;
    }
    QSqlQuery q(db.connection());
    if (!q.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(type.table, columns.join(QLatin1Char(',')),
                     QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))))) {
        return Sql::failure(q.lastError());
    }
    const QString now = QDateTime::currentDateTime().toString(Qt::ISODate);
    for (int i = 0; i < count; ++i) {
        const QVariantMap values = row(i);
        q.bindValue(0, now);
        int column = 1;
        for (const FieldSpec &field : type.fields) {
            q.bindValue(column++, RecordStorage::toColumn(field, values.value(field.key)));
        }
        if (!q.exec()) {
            return Sql::failure(q.lastError());
        }
    }
    return {};
}

} // namespace

Status StressData::fill(Database &db, const Counts &counts, QDate lastDay, quint32 seed)
{
    QRandomGenerator rng(seed);
    auto pick = [&rng](const auto &list) -> const auto &
    {
        return list.at(int(rng.bounded(quint32(list.size()))));
    };
    Transaction tx(db);
    if (!tx.isActive()) {
        return tx.error();
    }
    // Entries spread back from lastDay, several a day, newest last.
    const int days = qMax(1, counts.assistEntries / 8);
    Status s = insertRows(db, LedgerTypes::assistEntry(), counts.assistEntries, [&](int i) {
        const auto &work = pick(demo::kAssistWork);
        return QVariantMap{
            {QStringLiteral("worked_on"),
             lastDay.addDays(-days + qint64(i) * days / qMax(1, counts.assistEntries))},
            {QStringLiteral("duty_number"), work.first},
            {QStringLiteral("department"), pick(demo::kDepartments)},
            {QStringLiteral("work_done"), work.second},
            {QStringLiteral("detailed_task"), pick(demo::kRequests)},
            {QStringLiteral("minutes"), 15 + int(rng.bounded(240))}};
    });
    if (!s) {
        return s;
    }
    const RecordType &meeting = LedgerTypes::meeting();
    const FieldSpec *kind = meeting.field(QStringLiteral("kind"));
    const int meetingDays = qMax(1, counts.meetings / 3);
    s = insertRows(db, meeting, counts.meetings, [&](int i) {
        return QVariantMap{
            {QStringLiteral("kind"), pick(kind->choices).value},
            {QStringLiteral("number"), 1 + i % 40},
            {QStringLiteral("held_on"),
             lastDay.addDays(-meetingDays + qint64(i) * meetingDays / qMax(1, counts.meetings))},
            {QStringLiteral("time"), QStringLiteral("14:30-16:00")},
            {QStringLiteral("place"), pick(demo::kPlaces)},
            {QStringLiteral("topic"), pick(demo::kTopics)},
            {QStringLiteral("members"), 30},
            {QStringLiteral("present"), 19 + int(rng.bounded(12))},
            {QStringLiteral("discussion"), pick(demo::kTopics)}};
    });
    if (!s) {
        return s;
    }
    return tx.commit();
}

} // namespace committee
