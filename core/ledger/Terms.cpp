#include "ledger/Terms.h"

#include "committee/CommitteeProfile.h"
#include "ledger/LedgerTypes.h"
#include "records/RecordRepository.h"

namespace committee {

QList<EndedTerm> endedTerms(const Record &profile, const QList<Record> &subcommittees,
                            const QDate &today)
{
    QList<EndedTerm> ended;
    auto check = [&](const Record &r) {
        const QDate end = r.value(QStringLiteral("term_end")).toDate();
        if (end.isValid() && end < today) {
            ended.append({r.text(QStringLiteral("name")), end});
        }
    };
    check(profile);
    for (const Record &subcommittee : subcommittees) {
        check(subcommittee);
    }
    return ended;
}

Result<QList<EndedTerm>> endedTermsIn(Database &db, const QDate &today)
{
    auto profile = CommitteeProfile(db).load();
    if (!profile) {
        return profile.error();
    }
    auto subcommittees = RecordRepository(db).list(LedgerTypes::subcommittee());
    if (!subcommittees) {
        return subcommittees.error();
    }
    return endedTerms(profile->value_or(Record()), subcommittees.value(), today);
}

} // namespace committee
