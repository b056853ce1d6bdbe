#pragma once

#include "obligations/Obligation.h"
#include "records/Record.h"
#include "records/RecordType.h"

#include <QCoreApplication>

namespace committee {

// Where an obligation stands on a given day. Pure: it gets the candidate records (all live
// records of the evidence type) and the date, and reads no database and no clock, so every
// cadence is tested by tables of dates. Periods are local calendar dates.
class ObligationEngine {
    Q_DECLARE_TR_FUNCTIONS(committee::ObligationEngine)
public:
    struct Context {
        QDate today;
        QString committeeKind; // village or community
        int horizonDays = 14;  // "due soon" when the deadline is this close
    };

    static ObligationStatus evaluate(const Obligation &obligation, const RecordType *evidenceType,
                                     const QList<Record> &candidates, const Context &context);

    // Whether one record has the values that count as evidence (period aside).
    static bool matches(const EvidenceRule &rule, const Record &record);
    // Whether a disclosure stayed up as long as the obligation asks (when it asks).
    static bool displayedLongEnough(const Obligation &obligation, const Record &record);
    // The period of a cadence that contains `day`: [start, end].
    static QPair<QDate, QDate> periodOf(const QString &cadence, const QDate &day);
};

} // namespace committee
