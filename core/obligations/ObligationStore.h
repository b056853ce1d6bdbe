#pragma once

#include "common/Result.h"
#include "obligations/Obligation.h"
#include "records/Record.h"
#include "records/RecordType.h"

#include <QCoreApplication>

namespace committee {

class Database;

// The obligations as data: described once like any record type so the clerk edits them in
// the same list/detail/editor (with the official values restorable), and converted to the
// engine's Obligation here.
class ObligationStore {
    Q_DECLARE_TR_FUNCTIONS(committee::ObligationStore)
public:
    static const RecordType &type();

    static Result<Obligation> fromRecord(const Record &record);
    // Loads resources/reference/obligations.json into an empty table. Safe at every start.
    static Status ensureLoaded(Database &db);
    static Result<QList<Obligation>> all(Database &db);
};

} // namespace committee
