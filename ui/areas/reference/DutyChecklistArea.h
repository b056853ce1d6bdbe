#pragma once

#include "shell/AppContext.h"
#include "shell/Area.h"

#include <memory>

namespace committee {
class RecordStore;
}

namespace committee::ui {

class EditionBar;
class RecordBrowser;

// 协助事项清单: the 27 kinds of government work the committee assists with, as editable
// editions of 渝民发〔2021〕6号.
class DutyChecklistArea : public Area {
    Q_OBJECT
public:
    DutyChecklistArea(AppContext &context, QWidget *parent = nullptr);
    ~DutyChecklistArea() override;

    RecordBrowser *browser() const { return m_browser; }
    EditionBar *editionBar() const { return m_editions; }

private:
    void showEdition(qint64 editionId);

    AppContext &m_context;
    EditionBar *m_editions;
    RecordBrowser *m_browser;
    std::unique_ptr<RecordStore> m_store;
};

} // namespace committee::ui
