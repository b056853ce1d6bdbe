#include "ledger/LedgerStore.h"

#include "committee/CommitteeProfile.h"
#include "ledger/LedgerTypes.h"
#include "records/FieldText.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDate>

namespace committee {

LedgerStore::LedgerStore(Database &db, const RecordType &type) : RecordStore(db, type) {}

Record LedgerStore::blank() const
{
    Record record = RecordStore::blank();
    const QDate today = QDate::currentDate();
    const int year = query().year > 0 ? query().year : today.year();
    if (!type().dateKey.isEmpty()) {
        record.values.insert(type().dateKey, today);
    }
    if (type().field(QStringLiteral("year"))) {
        record.values.insert(QStringLiteral("year"), year);
    }
    if (!query().kind.isEmpty() && !type().kindKey.isEmpty()) {
        record.values.insert(type().kindKey, query().kind);
    }
    if (type().id == QLatin1String("meeting")) {
        record.values.insert(QStringLiteral("number"),
                             nextMeetingNumber(record.text(QStringLiteral("kind")), today.year()));
    }
    return record;
}

int LedgerStore::nextMeetingNumber(const QString &kind, int year) const
{
    auto count = Sql::scalar(
        database(),
        QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM meeting WHERE "
                       "kind = ? AND held_on BETWEEN ? AND ? AND deleted_at IS NULL"),
        {kind, QStringLiteral("%1-01-01").arg(year), QStringLiteral("%1-12-31").arg(year)});
    return count ? count->toInt() : 1;
}

QVariantMap LedgerStore::listContext() const
{
    QVariantMap context;
    if (auto profile = CommitteeProfile(database()).load(); profile && profile->has_value()) {
        context.insert(QStringLiteral("committee_kind"),
                       profile->value().text(QStringLiteral("kind")));
    }
    return context;
}

QString LedgerStore::labelOf(const RecordType &type, const Record &record)
{
    QStringList parts;
    if (!type.dateKey.isEmpty()) {
        parts << FieldText::display(*type.field(type.dateKey), record.value(type.dateKey));
    }
    for (const FieldSpec &field : type.fields) {
        if (field.kind == FieldKind::Text && field.required) {
            parts << record.text(field.key);
            break;
        }
    }
    return parts.join(QLatin1Char(' '));
}

QList<QPair<qint64, QString>> LedgerStore::referenceChoices(const FieldSpec &field) const
{
    QList<QPair<qint64, QString>> choices;
    const RecordType *target = LedgerTypes::byId(field.refType);
    if (!target) {
        return choices;
    }
    if (auto rows = RecordRepository(database()).list(*target, RecordQuery{}); rows) {
        for (const Record &r : rows.value()) {
            choices.append({r.id, labelOf(*target, r)});
        }
    }
    return choices;
}

QString LedgerStore::referenceLabel(const FieldSpec &field, const QVariant &value) const
{
    const RecordType *target = LedgerTypes::byId(field.refType);
    if (!target || value.isNull() || value.toLongLong() <= 0) {
        return {};
    }
    auto record = RecordRepository(database()).get(*target, value.toLongLong());
    return record ? labelOf(*target, record.value()) : FieldText::display(field, value);
}

QStringList LedgerStore::peopleChoices() const
{
    QStringList names;
    if (auto members = CommitteeProfile(database()).members(); members) {
        for (const Record &m : members.value()) {
            names << m.text(QStringLiteral("name"));
        }
    }
    return names;
}

AgendaItemStore::AgendaItemStore(Database &db, qint64 meetingId)
    : RecordStore(db, LedgerTypes::agendaItem(), meetingId)
{}

void AgendaItemStore::addContext(QList<Record> &rows) const
{
    auto meeting = RecordRepository(database()).get(LedgerTypes::meeting(), parentId());
    if (meeting) {
        const QVariantMap context{
            {QStringLiteral("kind"), meeting->value(QStringLiteral("kind"))},
            {QStringLiteral("members"), meeting->value(QStringLiteral("members"))},
            {QStringLiteral("present"), meeting->value(QStringLiteral("present"))}};
        for (Record &r : rows) {
            r.context = context;
        }
    }
}

Status AgendaItemStore::checkMeetingOpen() const
{
    auto meeting = RecordRepository(database()).get(LedgerTypes::meeting(), parentId());
    if (!meeting) {
        return meeting.error();
    }
    if (meeting->isFinalized()) {
        return makeError(Error::Kind::Conflict,
                         RecordRepository::tr("This record is finalized. Change it with “Amend”, "
                                              "giving the reason; the original stays on record."));
    }
    return {};
}

Result<qint64> AgendaItemStore::insert(const Record &record)
{
    if (Status s = checkMeetingOpen(); !s) {
        return s.error();
    }
    return RecordStore::insert(record);
}

Status AgendaItemStore::update(const Record &record)
{
    if (Status s = checkMeetingOpen(); !s) {
        return s;
    }
    return RecordStore::update(record);
}

Status AgendaItemStore::remove(qint64 id)
{
    if (Status s = checkMeetingOpen(); !s) {
        return s;
    }
    return RecordStore::remove(id);
}

} // namespace committee
