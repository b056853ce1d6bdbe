#include "ledger/LedgerTypes.h"

namespace committee::LedgerTypes {

QList<const RecordType *> all()
{
    return {&meeting(),          &decision(),    &disclosure(),   &consultationTopic(),
            &supervisionEntry(), &supervisor(),  &subcommittee(), &commitment(),
            &evaluation(),       &convention(),  &triageCase(),   &activity(),
            &caseSubmission(),   &assistEntry(), &deptRequest()};
}

const RecordType *byId(const QString &id)
{
    for (const RecordType *type : all()) {
        if (type->id == id) {
            return type;
        }
    }
    return id == agendaItem().id ? &agendaItem() : nullptr;
}

} // namespace committee::LedgerTypes
