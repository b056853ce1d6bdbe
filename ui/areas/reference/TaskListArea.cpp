#include "areas/reference/TaskListArea.h"

#include "reference/MeasureStore.h"
#include "reference/ReferenceTypes.h"
#include "widgets/EditionBar.h"
#include "widgets/RecordBrowser.h"

#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace committee::ui {

TaskListArea::TaskListArea(AppContext &context, QWidget *parent)
    : Area(parent), m_context(context),
      m_editions(new EditionBar(context.db, ListKind::Tasks, this)),
      m_tasks(new RecordBrowser(ReferenceTypes::task(),
                                {.reorder = true, .restoreOfficial = true, .detail = false}, this)),
      m_measures(new RecordBrowser(ReferenceTypes::measure(),
                                   {.reorder = true, .restoreOfficial = true}, this))
{
    m_tasks->setObjectName(QStringLiteral("tasks"));
    m_measures->setObjectName(QStringLiteral("measures"));
    auto *measuresTitle = new QLabel(tr("Measures of the chosen task"), this);
    measuresTitle->setStyleSheet(QStringLiteral("font-weight: bold; margin-top: 6px;"));
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(measuresTitle);
    lowerLayout->addWidget(m_measures, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tasks);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editions);
    layout->addWidget(splitter, 1);

    connect(m_editions, &EditionBar::editionChanged, this, &TaskListArea::showEdition);
    connect(m_tasks, &RecordBrowser::currentChanged, this, &TaskListArea::showTask);
    // Moving or removing a task renumbers measures; show the new numbers.
    connect(m_tasks, &RecordBrowser::changed, m_measures, &RecordBrowser::reload);
    showEdition(m_editions->currentEditionId());
}

TaskListArea::~TaskListArea() = default;

void TaskListArea::showEdition(qint64 editionId)
{
    m_editionId = editionId;
    m_measureStore = std::make_unique<MeasureStore>(m_context.db, editionId, 0);
    m_measures->setStore(nullptr);
    m_taskStore = std::make_unique<TaskStore>(m_context.db, editionId);
    m_tasks->setStore(m_taskStore.get());
    showTask(m_tasks->currentId());
}

void TaskListArea::showTask(qint64 taskId)
{
    if (taskId <= 0) {
        m_measures->setStore(nullptr);
        return;
    }
    m_measureStore->setParentId(taskId);
    m_measures->setStore(m_measureStore.get());
}

} // namespace committee::ui
