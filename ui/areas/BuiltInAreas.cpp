#include "shell/AreaRegistry.h"

#include "areas/audit/AuditLogArea.h"
#include "areas/committee/CommitteeArea.h"
#include "areas/dashboard/DashboardArea.h"
#include "areas/ledger/LedgerArea.h"
#include "areas/ledger/MeetingsArea.h"
#include "areas/ledger/WorkRequestsArea.h"
#include "areas/reference/DutyChecklistArea.h"
#include "areas/reference/TaskListArea.h"
#include "areas/reports/ReportsArea.h"
#include "areas/township/TownshipArea.h"
#include "ledger/LedgerTypes.h"
#include "widgets/PeriodFilterBar.h"
#include "widgets/RecordBrowser.h"

#include <QComboBox>
#include <QtGlobal>

namespace committee::ui {

namespace {

using Factory = std::function<Area *(AppContext &, QWidget *)>;

// An area of plain ledger tabs, with the types it keeps.
AreaDescriptor ledger(const QString &id, const char *title, const QString &icon,
                      QList<const RecordType *> types, Factory create = {})
{
    QStringList ids;
    for (const RecordType *type : types) {
        ids << type->id;
    }
    if (!create) {
        create = [types](AppContext &c, QWidget *p) -> Area * {
            return new LedgerArea(c, types, p);
        };
    }
    return {id, title, icon, std::move(create), ids};
}

} // namespace

QList<AreaDescriptor> builtInAreas()
{
    using namespace LedgerTypes;
    return {
        {QStringLiteral("dashboard"), QT_TRANSLATE_NOOP("committee::ui::Areas", "What's due"),
         QStringLiteral(":/icons/area-dashboard.svg"),
         [](AppContext &c, QWidget *p) -> Area * {
             return new DashboardArea(c, p);
         }},
        ledger(QStringLiteral("meetings"), QT_TRANSLATE_NOOP("committee::ui::Areas", "Meetings"),
               QStringLiteral(":/icons/area-meetings.svg"), {&meeting()},
               [](AppContext &c, QWidget *p) -> Area * { return new MeetingsArea(c, p); }),
        ledger(QStringLiteral("decisions"),
               QT_TRANSLATE_NOOP("committee::ui::Areas", "Four deliberations"),
               QStringLiteral(":/icons/area-reports.svg"), {&decision()}),
        ledger(QStringLiteral("disclosures"),
               QT_TRANSLATE_NOOP("committee::ui::Areas", "Disclosures"),
               QStringLiteral(":/icons/area-disclosure.svg"), {&disclosure()}),
        ledger(QStringLiteral("consultation"),
               QT_TRANSLATE_NOOP("committee::ui::Areas", "Consultation"),
               QStringLiteral(":/icons/area-committee.svg"), {&consultationTopic()},
               [](AppContext &c, QWidget *p) -> Area * {
                   // The catalogue, and the consultation meetings held on it.
                   auto *area = new LedgerArea(c, {&consultationTopic(), &meeting()}, p);
                   QComboBox *kind = area->browser(1)->periodFilter()->kindBox();
                   kind->setCurrentIndex(kind->findData(QStringLiteral("consultation")));
                   return area;
               }),
        ledger(QStringLiteral("supervision"),
               QT_TRANSLATE_NOOP("committee::ui::Areas", "Supervision"),
               QStringLiteral(":/icons/area-dashboard.svg"), {&supervisionEntry(), &supervisor()}),
        ledger(QStringLiteral("subcommittees"),
               QT_TRANSLATE_NOOP("committee::ui::Areas", "Sub-committees"),
               QStringLiteral(":/icons/area-committee.svg"), {&subcommittee()}),
        ledger(QStringLiteral("commitments"),
               QT_TRANSLATE_NOOP("committee::ui::Areas", "Commitments and evaluations"),
               QStringLiteral(":/icons/area-duties.svg"), {&commitment(), &evaluation()}),
        ledger(QStringLiteral("conventions"),
               QT_TRANSLATE_NOOP("committee::ui::Areas", "Conventions"),
               QStringLiteral(":/icons/area-ledger.svg"), {&convention()}),
        ledger(QStringLiteral("cases"),
               QT_TRANSLATE_NOOP("committee::ui::Areas", "Cases and mechanisms"),
               QStringLiteral(":/icons/area-reports.svg"),
               {&triageCase(), &activity(), &caseSubmission()}),
        ledger(QStringLiteral("assist"),
               QT_TRANSLATE_NOOP("committee::ui::Areas", "Assistance ledger"),
               QStringLiteral(":/icons/area-ledger.svg"), {&assistEntry()},
               [](AppContext &c, QWidget *p) -> Area * { return new AssistLedgerArea(c, p); }),
        ledger(QStringLiteral("requests"), QT_TRANSLATE_NOOP("committee::ui::Areas", "Requests"),
               QStringLiteral(":/icons/area-export.svg"), {&deptRequest()},
               [](AppContext &c, QWidget *p) -> Area * { return new WorkRequestsArea(c, p); }),
        {QStringLiteral("reports"), QT_TRANSLATE_NOOP("committee::ui::Areas", "Reports"),
         QStringLiteral(":/icons/area-reports.svg"),
         [](AppContext &c, QWidget *p) -> Area * {
             return new ReportsArea(c, p);
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
        {QStringLiteral("audit"), QT_TRANSLATE_NOOP("committee::ui::Areas", "Audit log"),
         QStringLiteral(":/icons/area-ledger.svg"),
         [](AppContext &c, QWidget *p) -> Area * {
             return new AuditLogArea(c, p);
         }},
    };
}

QList<AreaDescriptor> townshipAreas()
{
    return {
        {QStringLiteral("township"), QT_TRANSLATE_NOOP("committee::ui::Areas", "Township overview"),
         QStringLiteral(":/icons/area-reports.svg"),
         [](AppContext &c, QWidget *p) -> Area * {
             return new TownshipArea(c, p);
         }},
    };
}

} // namespace committee::ui
