#pragma once

#include "shell/AppContext.h"
#include "shell/Area.h"

#include <memory>

namespace committee {
class MeasureStore;
class TaskStore;
} // namespace committee

namespace committee::ui {

class EditionBar;
class RecordBrowser;

// 重点任务: the key tasks of 渝北民〔2023〕24号 above, the measures of the chosen task below.
class TaskListArea : public Area {
    Q_OBJECT
public:
    TaskListArea(AppContext &context, QWidget *parent = nullptr);
    ~TaskListArea() override;

    RecordBrowser *tasks() const { return m_tasks; }
    RecordBrowser *measures() const { return m_measures; }

private:
    void showEdition(qint64 editionId);
    void showTask(qint64 taskId);

    AppContext &m_context;
    EditionBar *m_editions;
    RecordBrowser *m_tasks;
    RecordBrowser *m_measures;
    std::unique_ptr<TaskStore> m_taskStore;
    std::unique_ptr<MeasureStore> m_measureStore;
    qint64 m_editionId = 0;
};

} // namespace committee::ui
