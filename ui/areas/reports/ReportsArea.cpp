#include "areas/reports/ReportsArea.h"

#include "areas/reports/DocumentPages.h"
#include "areas/reports/QuarterlySheetPage.h"
#include "documents/DocumentRenderer.h"

#include <QPrinter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace committee::ui {

ReportsArea::ReportsArea(AppContext &context, QWidget *parent)
    : Area(parent), m_context(context),
      m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution)), m_tabs(new QTabWidget(this))
{
    // A4 with the GB/T 9704 margins until the clerk chooses otherwise in a print dialog.
    m_printer->setPageLayout(DocumentRenderer::standardLayout(QPageLayout::Portrait));
    m_quarterly = new QuarterlySheetPage(context, *m_printer, this);
    m_logbooks = new LogbookPage(context, *m_printer, this);
    m_notices = new NoticePage(context, *m_printer, this);
    m_tabs->addTab(m_quarterly, tr("Quarterly progress sheet"));
    m_tabs->addTab(m_logbooks, tr("Record books"));
    m_tabs->addTab(m_notices, tr("Notices"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
}

ReportsArea::~ReportsArea() = default;

void ReportsArea::activate()
{
    // Records may have changed in the other areas since the area was last shown.
    m_quarterly->refresh();
    m_notices->reloadRecords();
}

} // namespace committee::ui
