#pragma once

#include "areas/ledger/LedgerArea.h"

class QTableWidget;

namespace committee::ui {

// 准入事项: requests from departments, matched against the duty checklist (the app
// suggests, the clerk decides), with the year's figures inside and outside the list.
class WorkRequestsArea : public LedgerArea {
    Q_OBJECT
public:
    explicit WorkRequestsArea(AppContext &context, QWidget *parent = nullptr);

    void matchCurrent();
    void refreshStatistics();
    QTableWidget *statistics() const { return m_statistics; }

private:
    QTableWidget *m_statistics;
};

// 协助台账: the assistance work done for departments, with totals per item, department and
// month for the chosen period.
class AssistLedgerArea : public LedgerArea {
    Q_OBJECT
public:
    explicit AssistLedgerArea(AppContext &context, QWidget *parent = nullptr);

    void refreshTotals();
    QTableWidget *totals() const { return m_totals; }

private:
    QTableWidget *m_totals;
};

} // namespace committee::ui
