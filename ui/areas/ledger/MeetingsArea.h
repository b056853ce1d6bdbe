#pragma once

#include "areas/ledger/LedgerArea.h"

namespace committee {
class AgendaItemStore;
}

namespace committee::ui {

// 会议: every kind of meeting, with the agenda items and votes of the chosen one below, and
// the quorum and majority rules the warnings come from.
class MeetingsArea : public LedgerArea {
    Q_OBJECT
public:
    explicit MeetingsArea(AppContext &context, QWidget *parent = nullptr);
    ~MeetingsArea() override;

    RecordBrowser *agenda() const { return m_agenda; }
    void showRules();

private:
    void showMeeting(qint64 meetingId);

    RecordBrowser *m_agenda;
    std::unique_ptr<AgendaItemStore> m_agendaStore;
};

} // namespace committee::ui
