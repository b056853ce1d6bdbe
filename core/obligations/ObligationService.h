#pragma once

#include "common/Result.h"
#include "obligations/Obligation.h"

#include <QCoreApplication>
#include <QDate>

namespace committee {

class Database;

// Reads the obligations and their candidate records from the database and asks the
// engine where each stands on a date.
class ObligationService {
    Q_DECLARE_TR_FUNCTIONS(committee::ObligationService)
public:
    explicit ObligationService(Database &db) : m_db(db) {}

    Result<QList<ObligationStatus>> statusOn(const QDate &date, int horizonDays = 14) const;

private:
    Database &m_db;
};

} // namespace committee
