#include "obligations/ObligationService.h"

#include "committee/CommitteeProfile.h"
#include "documents/quarterly/QuarterlySheets.h"
#include "ledger/LedgerTypes.h"
#include "obligations/ObligationEngine.h"
#include "obligations/ObligationStore.h"
#include "records/RecordRepository.h"
#include "storage/Database.h"

#include <QHash>

namespace committee {

namespace {
// The records obligations can count: the ledgers, and the quarterly sheets sent to the
// township (kept by the documents module).
const RecordType *evidenceType(const QString &id)
{
    if (id == QuarterlySheets::type().id) {
        return &QuarterlySheets::type();
    }
    return LedgerTypes::byId(id);
}
} // namespace

Result<QList<ObligationStatus>> ObligationService::statusOn(const QDate &date,
                                                            int horizonDays) const
{
    if (Status s = ObligationStore::ensureLoaded(m_db); !s) {
        return s.error();
    }
    auto obligations = ObligationStore::all(m_db);
    if (!obligations) {
        return obligations.error();
    }
    ObligationEngine::Context context;
    context.today = date;
    context.horizonDays = horizonDays;
    if (auto profile = CommitteeProfile(m_db).load(); profile && profile->has_value()) {
        context.committeeKind = profile->value().text(QStringLiteral("kind"));
    }
    // Each evidence type is read once, however many obligations use it.
    QHash<QString, QList<Record>> candidates;
    RecordRepository repo(m_db);
    QList<ObligationStatus> statuses;
    for (const Obligation &o : obligations.value()) {
        const RecordType *type = evidenceType(o.evidence.type);
        if (type && !candidates.contains(type->id)) {
            auto rows = repo.list(*type, RecordQuery{});
            if (!rows) {
                return rows.error();
            }
            candidates.insert(type->id, rows.value());
        }
        statuses.append(ObligationEngine::evaluate(
            o, type, type ? candidates.value(type->id) : QList<Record>(), context));
    }
    return statuses;
}

} // namespace committee
