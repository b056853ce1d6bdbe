#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace committee {

class Database;

// Fills a database with plausible, clearly fictional records for N years up to `today`,
// on the real cadences (representatives' meetings every quarter, consultations twice a
// quarter, disclosures on the 15th of January, April, July and October, monthly finance,
// a daily-ish assistance ledger ...). Used for demonstrations, screenshots and benchmarks.
// The same seed gives the same data.
class DemoData {
    Q_DECLARE_TR_FUNCTIONS(committee::DemoData)
public:
    struct Counts {
        int records = 0;
    };
    static Result<Counts> fill(Database &db, int years, QDate today, quint32 seed = 2023);
};

} // namespace committee
