#include "shell/AreaRegistry.h"

#include "areas/committee/CommitteeArea.h"
#include "areas/ledger/LedgerArea.h"
#include "areas/ledger/MeetingsArea.h"
#include "areas/ledger/WorkRequestsArea.h"
#include "areas/reference/DutyChecklistArea.h"
#include "areas/reference/TaskListArea.h"
#include "ledger/LedgerTypes.h"
#include "widgets/PeriodFilterBar.h"
#include "widgets/RecordBrowser.h"

#include <QComboBox>

#include <QtGlobal>

namespace committee::ui {

namespace {
// An area of plain ledger tabs.
std::function<Area *(AppContext &, QWidget *)> ledger(QList<const RecordType *> types)
{
    return [types](AppContext &c, QWidget *p) -> Area * {
        return new LedgerArea(c, types, p);
    };
}
} // namespace

QList<AreaDescriptor> builtInAreas()
{
    using namespace LedgerTypes;
    return {
        {QStringLiteral("meetings"), QT_TRANSLATE_NOOP("committee::ui::Areas", "Meetings"),
         QStringLiteral(":/icons/area-meetings.svg"),
         [](AppContext &c, QWidget *p) -> Area * {
             return new MeetingsArea(c, p);
         }},
        {QStringLiteral("decisions"),
         QT_TRANSLATE_NOOP("committee::ui::Areas", "Four deliberations"),
         QStringLiteral(":/icons/area-reports.svg"), ledger({&decision()})},
        {QStringLiteral("disclosures"), QT_TRANSLATE_NOOP("committee::ui::Areas", "Disclosures"),
         QStringLiteral(":/icons/area-disclosure.svg"), ledger({&disclosure()})},
        {QStringLiteral("consultation"), QT_TRANSLATE_NOOP("committee::ui::Areas", "Consultation"),
         QStringLiteral(":/icons/area-committee.svg"),
         [](AppContext &c, QWidget *p) -> Area * {
             // The catalogue, and the consultation meetings held on it.
             auto *area = new LedgerArea(c, {&consultationTopic(), &meeting()}, p);
             QComboBox *kind = area->browser(1)->periodFilter()->kindBox();
             kind->setCurrentIndex(kind->findData(QStringLiteral("consultation")));
             return area;
         }},
        {QStringLiteral("supervision"), QT_TRANSLATE_NOOP("committee::ui::Areas", "Supervision"),
         QStringLiteral(":/icons/area-dashboard.svg"), ledger({&supervisionEntry(), &supervisor()})},
        {QStringLiteral("subcommittees"),
         QT_TRANSLATE_NOOP("committee::ui::Areas", "Sub-committees"),
         QStringLiteral(":/icons/area-committee.svg"), ledger({&subcommittee()})},
        {QStringLiteral("commitments"),
         QT_TRANSLATE_NOOP("committee::ui::Areas", "Commitments and evaluations"),
         QStringLiteral(":/icons/area-duties.svg"), ledger({&commitment(), &evaluation()})},
        {QStringLiteral("conventions"), QT_TRANSLATE_NOOP("committee::ui::Areas", "Conventions"),
         QStringLiteral(":/icons/area-ledger.svg"), ledger({&convention()})},
        {QStringLiteral("cases"), QT_TRANSLATE_NOOP("committee::ui::Areas", "Cases and mechanisms"),
         QStringLiteral(":/icons/area-reports.svg"),
         ledger({&triageCase(), &activity(), &caseSubmission()})},
        {QStringLiteral("assist"), QT_TRANSLATE_NOOP("committee::ui::Areas", "Assistance ledger"),
         QStringLiteral(":/icons/area-ledger.svg"),
         [](AppContext &c, QWidget *p) -> Area * {
             return new AssistLedgerArea(c, p);
         }},
        {QStringLiteral("requests"), QT_TRANSLATE_NOOP("committee::ui::Areas", "Requests"),
         QStringLiteral(":/icons/area-export.svg"),
         [](AppContext &c, QWidget *p) -> Area * {
             return new WorkRequestsArea(c, p);
         }},
        {QStringLiteral("duties"),
         QT_TRANSLATE_NOOP("committee::ui::Areas", "Assistance checklist"),
         QStringLiteral(":/icons/area-duties.svg"),
         [](AppContext &c, QWidget *p) -> Area * {
             return new DutyChecklistArea(c, p);
         }},
        {QStringLiteral("tasks"), QT_TRANSLATE_NOOP("committee::ui::Areas", "Key tasks"),
         QStringLiteral(":/icons/area-tasks.svg"),
         [](AppContext &c, QWidget *p) -> Area * {
             return new TaskListArea(c, p);
         }},
        {QStringLiteral("committee"), QT_TRANSLATE_NOOP("committee::ui::Areas", "Our committee"),
         QStringLiteral(":/icons/area-committee.svg"),
         [](AppContext &c, QWidget *p) -> Area * {
             return new CommitteeArea(c, p);
         }},
    };
}

} // namespace committee::ui
