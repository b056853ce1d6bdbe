#include "shell/AreaRegistry.h"

#include "areas/committee/CommitteeArea.h"
#include "areas/reference/DutyChecklistArea.h"
#include "areas/reference/TaskListArea.h"

#include <QtGlobal>

namespace committee::ui {

QList<AreaDescriptor> builtInAreas()
{
    return {
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
