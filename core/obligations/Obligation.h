#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace committee {

// Which records count towards an obligation.
struct EvidenceRule {
    QString type;           // a ledger RecordType id, e.g. "meeting"
    QString dateKey;        // the date that places a record in a period (default: the type's)
    QVariantMap equals;     // values the record must have
    QVariantMap notEquals;  // values it must not have
    QVariantMap contains;   // text it must contain
    bool displayOk = false; // disclosures: only those that met their display time
    int atMost = 0;         // yearly counts: more than this is also a problem (0: no bound)
};

struct Obligation {
    qint64 id = 0;
    int number = 0;
    QString code;
    QString title;
    QString appliesTo = QStringLiteral("both"); // both, village, community
    QString cadence; // yearly, quarterly, monthly, fixed_dates, daily, per_event, standing
    int requiredCount = 1;
    QList<QPair<int, int>> dueDates; // (month, day) for fixed_dates, or a yearly deadline
    int displayDays = 0;
    int displayMonths = 0;
    EvidenceRule evidence;
    int measureNumber = 0;
    int dutyNumber = 0;
    QString source;
};

struct EvidenceItem {
    QString type;
    qint64 id = 0;
    QDate date;
    QString label;
};

struct ObligationStatus {
    enum class State { Done, InProgress, DueSoon, Overdue, NotApplicable };
    Obligation obligation;
    State state = State::NotApplicable;
    int count = 0;
    int required = 0;
    QDate periodStart;
    QDate periodEnd;
    QDate deadline;
    QList<EvidenceItem> evidence;
    QString summary; // e.g. "1 of 2 this quarter", in the clerk's language
};

QString stateName(ObligationStatus::State state); // translated, e.g. 已完成
QString stateKey(ObligationStatus::State state);  // stable, e.g. "done", for JSON

} // namespace committee
