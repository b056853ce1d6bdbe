#pragma once

#include "shell/AppContext.h"
#include "shell/Area.h"

#include <memory>

class QPrinter;
class QTabWidget;

namespace committee::ui {

class LogbookPage;
class NoticePage;
class QuarterlySheetPage;

// 报表: the quarterly progress sheet, the record books and the notices, each previewed,
// printed or saved the same way. One printer is shared by all of them, so the paper and
// margins chosen in a print dialog stay chosen.
class ReportsArea : public Area {
    Q_OBJECT
public:
    explicit ReportsArea(AppContext &context, QWidget *parent = nullptr);
    ~ReportsArea() override;

    void activate() override;
    // Puts copies of the built-in templates in the override folder (never over the clerk's).

    QuarterlySheetPage *quarterlyPage() const { return m_quarterly; }
    LogbookPage *logbookPage() const { return m_logbooks; }
    NoticePage *noticePage() const { return m_notices; }
    QTabWidget *tabs() const { return m_tabs; }
    QPrinter &printer() const { return *m_printer; }

private:
    AppContext &m_context;
    std::unique_ptr<QPrinter> m_printer;
    QTabWidget *m_tabs;
    QuarterlySheetPage *m_quarterly;
    LogbookPage *m_logbooks;
    NoticePage *m_notices;
};

} // namespace committee::ui
