#pragma once

#include "common/Result.h"

#include <QDate>

namespace committee {

class Database;

// A far bigger ledger than any committee keeps (100,000 assistance-ledger entries and
// 10,000 meetings by default), to show that lists, filters and reports stay quick. Rows are
// written straight into the tables in one transaction, without validation or audit trail:
// they are test data, not the clerk's work, and must be made in seconds. Never used on a
// real database.
class StressData {
public:
    struct Counts {
        int assistEntries = 100000;
        int meetings = 10000;
    };
    static Status fill(Database &db, const Counts &counts, QDate lastDay, quint32 seed = 7);
};

} // namespace committee
