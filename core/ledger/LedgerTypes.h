#pragma once

#include "records/RecordType.h"

#include <QList>

namespace committee::LedgerTypes {

// The committee's records, each described once (see RecordType). The descriptions are in
// types/*.cpp; their tables are created by migration 3.
const RecordType &meeting();
const RecordType &agendaItem();
const RecordType &decision();
const RecordType &disclosure();
const RecordType &consultationTopic();
const RecordType &supervisionEntry();
const RecordType &supervisor();
const RecordType &subcommittee();
const RecordType &commitment();
const RecordType &evaluation();
const RecordType &convention();
const RecordType &triageCase();
const RecordType &activity();
const RecordType &caseSubmission();
const RecordType &assistEntry();
const RecordType &deptRequest();

// Every top-level ledger type, in the order the app shows them.
QList<const RecordType *> all();
// A ledger type (or agenda_item) by its id, or nullptr.
const RecordType *byId(const QString &id);

} // namespace committee::LedgerTypes
