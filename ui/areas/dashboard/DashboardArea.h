#pragma once

#include "obligations/Obligation.h"
#include "shell/AppContext.h"
#include "shell/Area.h"

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace committee::ui {

class EditionOffer;
class YearCalendar;

// The home page: what is overdue and what falls due in the next 30 days, how far each key
// task and measure is this quarter, and the year's deadlines and meetings. A click on a
// line opens its evidence, or starts the record that would satisfy it.
class DashboardArea : public Area {
    Q_OBJECT
public:
    DashboardArea(AppContext &context, QWidget *parent = nullptr);

    void activate() override;
    void refresh();
    QTreeWidget *attention() const { return m_attention; }
    QTreeWidget *progress() const { return m_progress; }
    const QList<ObligationStatus> &statuses() const { return m_statuses; }
    EditionOffer *editionOffer() const { return m_editionOffer; }
    QLabel *termNotice() const { return m_termNotice; }
    // What a click on an obligation does (public for tests).
    void follow(const ObligationStatus &status);
    void editObligations();

private:
    void showEndedTerms(const QDate &today);
    void fillAttention();
    void fillProgress();

    AppContext &m_context;
    QLabel *m_heading;
    QTreeWidget *m_attention;
    QTreeWidget *m_progress;
    YearCalendar *m_calendar;
    EditionOffer *m_editionOffer;
    QLabel *m_termNotice;
    QList<ObligationStatus> m_statuses;
};

} // namespace committee::ui
