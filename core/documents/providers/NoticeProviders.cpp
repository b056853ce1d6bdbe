// Notices: the reply declining a request outside the list, the disclosure sheet for the
// notice board and the members' commitments for posting.
#include "committee/CommitteeProfile.h"
#include "documents/DocumentContext.h"
#include "documents/providers/BookParts.h"
#include "documents/providers/Providers.h"
#include "ledger/LedgerTypes.h"
#include "records/RecordRepository.h"

#include <QDate>

namespace committee::Providers {

namespace {

QString issuedOn(const DocumentRequest &request)
{
    return DocumentContext::date(request.issuedOn.isValid() ? request.issuedOn
                                                            : QDate::currentDate());
}

Result<Record> recordOf(const DocumentContext &context, const RecordType &type, qint64 id)
{
    auto record = RecordRepository(context.db()).get(type, id);
    if (!record) {
        return record.error();
    }
    if (!record->deletedAt.isEmpty()) {
        return makeError(Error::Kind::NotFound,
                         DocumentContext::tr("Record no. %1 is in the trash.").arg(id));
    }
    return record;
}

QVariantMap printed(const DocumentContext &context, const RecordType &type, const Record &record)
{
    const QVariantMap v = DocumentContext::printedValues(record);
    QVariantMap values;
    for (const FieldSpec &field : type.fields) {
        values.insert(field.key, context.display(type, field.key, v.value(field.key)));
    }
    return values;
}

} // namespace

Result<QVariantMap> declineNotice(const DocumentContext &context, const DocumentRequest &request)
{
    const RecordType &type = LedgerTypes::deptRequest();
    auto record = recordOf(context, type, request.recordId);
    if (!record) {
        return record.error();
    }
    const QVariantMap v = DocumentContext::printedValues(record.value());
    if (v.value(QStringLiteral("duty_number")).toInt() != 0) {
        return makeError(Error::Kind::Conflict,
                         DocumentContext::tr("Request no. %1 matches checklist item %2, so it is "
                                             "not outside the list and cannot be declined with "
                                             "this notice.")
                             .arg(request.recordId)
                             .arg(v.value(QStringLiteral("duty_number")).toInt()));
    }
    if (v.value(QStringLiteral("decision")).toString() != QLatin1String("declined")) {
        return makeError(Error::Kind::Conflict,
                         DocumentContext::tr("Request no. %1 is not marked as declined. Mark it "
                                             "declined first, then print the notice.")
                             .arg(request.recordId));
    }
    QVariantMap values = printed(context, type, record.value());
    values.insert(QStringLiteral("title"),
                  context.phrase(QStringLiteral("decline_title"),
                                 {{QStringLiteral("name"), context.committeeName()}}));
    values.insert(QStringLiteral("issued_on"), issuedOn(request));
    return values;
}

Result<QVariantMap> disclosureSheet(const DocumentContext &context, const DocumentRequest &request)
{
    const RecordType &type = LedgerTypes::disclosure();
    auto record = recordOf(context, type, request.recordId);
    if (!record) {
        return record.error();
    }
    QVariantMap values = printed(context, type, record.value());
    const QVariantMap v = DocumentContext::printedValues(record.value());
    // A signature line for every member of the supervisory committee, and for anyone else
    // recorded as having signed.
    QStringList names;
    if (auto supervisors =
            RecordRepository(context.db()).list(LedgerTypes::supervisor(), RecordQuery{});
        supervisors) {
        for (const Record &s : supervisors.value()) {
            names << s.text(QStringLiteral("name"));
        }
    }
    for (const QString &name : v.value(QStringLiteral("signed_by")).toStringList()) {
        if (!name.trimmed().isEmpty() && !names.contains(name.trimmed())) {
            names << name.trimmed();
        }
    }
    QVariantList signers;
    for (const QString &name : std::as_const(names)) {
        signers.append(QVariantMap{{QStringLiteral("name"), name}});
    }
    if (signers.isEmpty()) {
        for (int i = 0; i < 3; ++i) { // blank lines to sign on
            signers.append(QVariantMap{{QStringLiteral("name"), QString()}});
        }
    }
    values.insert(QStringLiteral("signers"), signers);
    values.insert(QStringLiteral("finance"),
                  v.value(QStringLiteral("category")).toString() == QLatin1String("finance"));
    values.insert(QStringLiteral("title"), v.value(QStringLiteral("title")).toString());
    values.insert(QStringLiteral("issued_on"), issuedOn(request));
    return values;
}

Result<QVariantMap> commitmentList(const DocumentContext &context, const DocumentRequest &request)
{
    BookBuilder book(context, QStringLiteral("committee"), request);
    auto records = book.records(LedgerTypes::commitment());
    if (!records) {
        return records.error();
    }
    QHash<QString, QString> roles;
    if (auto members = CommitteeProfile(context.db()).members(); members) {
        for (const Record &m : members.value()) {
            roles.insert(m.text(QStringLiteral("name")), m.text(QStringLiteral("role")));
        }
    }
    QVariantList rows;
    QDate posted;
    for (const Record &r : records.value()) {
        QVariantMap row = printed(context, LedgerTypes::commitment(), r);
        row.insert(QStringLiteral("number"), int(rows.size()) + 1);
        row.insert(QStringLiteral("role"),
                   roles.value(row.value(QStringLiteral("member")).toString()));
        rows.append(row);
        const QDate day =
            DocumentContext::printedValues(r).value(QStringLiteral("posted_on")).toDate();
        if (day.isValid() && (!posted.isValid() || day > posted)) {
            posted = day;
        }
    }
    if (rows.isEmpty()) {
        return makeError(
            Error::Kind::NotFound,
            DocumentContext::tr("No member's commitments are recorded for %1.").arg(request.year));
    }
    return QVariantMap{
        {QStringLiteral("title"), context.phrase(QStringLiteral("commitments_title"),
                                                 {{QStringLiteral("name"), context.committeeName()},
                                                  {QStringLiteral("year"), request.year}})},
        {QStringLiteral("year"), request.year},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("issued_on"), request.issuedOn.isValid() || !posted.isValid()
                                          ? issuedOn(request)
                                          : DocumentContext::date(posted)}};
}

} // namespace committee::Providers
